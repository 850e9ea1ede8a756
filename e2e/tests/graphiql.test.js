// GraphiQL in headless Chromium (Debian's, driven by playwright-core): it loads offline from the
// service alone, opens on the example query, runs it against the demo world and documents the schema.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../lib/browser.js';
import { artifactsDir, baseUrl } from '../lib/service.js';

const ARTICLE_DESCRIPTION = 'A news article: its text, when and where it was published, and what it mentions.';
const SCREENSHOT = `${artifactsDir}/graphiql.png`;

let browser;
let page;
const consoleErrors = [];
const requests = [];

before(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
});

after(async () => {
  await browser?.close();
});

/** The whole text of a GraphiQL (CodeMirror) editor, also the lines scrolled out of view. */
function editorText(label) {
  return page.getByLabel(label).locator('.CodeMirror').evaluate((element) => element.CodeMirror.getValue());
}

test('GraphiQL opens on the example query, runs it and shows demo-world data', { timeout: 60_000 }, async () => {
  await page.goto(`${baseUrl}/q/graphql-ui`);
  await page.getByLabel('Query Editor').getByText('KasperskyStory').waitFor();
  assert.match(await editorText('Query Editor'), /organizationByName\(name: "kaspersky"\)/);

  await page.getByLabel('Execute query (Ctrl-Enter)').click();

  await page.getByLabel('Result Window').getByText('"Kaspersky Lab"').first().waitFor();
  const result = JSON.parse(await editorText('Result Window'));
  assert.equal(result.errors, undefined);
  const organization = result.data.organizationByName;
  assert.equal(organization.name, 'Kaspersky Lab');
  assert.ok(organization.events.edges.some(({ node }) => node.kind === 'BAN' && node.participants.length >= 2));
  assert.ok(organization.articles.totalCount >= 1);
});

test('the docs explorer shows the description of Article', { timeout: 60_000 }, async () => {
  await page.getByLabel('Show Documentation Explorer').click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.locator('.graphiql-doc-explorer-type-name', { hasText: /^Article$/ }).first().click();

  await docs.getByText(ARTICLE_DESCRIPTION).waitFor();
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`GraphiQL screenshot: ${SCREENSHOT}`);
});

test('GraphiQL logged no console error and loaded nothing from outside the service', () => {
  assert.deepEqual(consoleErrors, []);
  const service = new URL(baseUrl);
  const outside = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).host !== service.host);
  assert.deepEqual(outside, [], 'every request goes to the service (no CDN)');
  assert.ok(requests.some((url) => url.endsWith('/graphiql.min.js')), 'GraphiQL itself came from the service');
});
