// A web app on another origin, in headless Chromium: the page comes from a static server of its own (e2e/web/)
// and, from the browser, runs a query, a mutation with the API key and a subscription over WebSocket. e2e/run.sh
// starts the service with NEWSGRAPH_CORS_ORIGINS naming that page's origin only; the same page served from
// another origin is refused: its requests and its WebSocket fail in the browser and nothing is written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';
import { launchChromium } from '../lib/browser.js';
import { startStaticServer } from '../lib/static-server.js';
import { apiKey, data, graphql, graphqlUrl, unique, wsUrl } from '../lib/service.js';

const TIMEOUT = { timeout: 60_000 };
const allowedPort = Number(process.env.E2E_PAGE_PORT);

let browser;
let allowed;
let foreign;

before(async () => {
  assert.ok(allowedPort > 0, 'E2E_PAGE_PORT is not set: run the tests with e2e/run.sh, which lists that origin in NEWSGRAPH_CORS_ORIGINS');
  allowed = await startStaticServer(allowedPort);
  foreign = await startStaticServer(0);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await allowed?.close();
  await foreign?.close();
});

/** Opens e2e/web/ from `origin` in a new page and waits until its script has loaded. */
async function openApp(origin) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${origin}/?api=${encodeURIComponent(graphqlUrl)}`);
  await page.locator('#status', { hasText: 'ready' }).waitFor();
  return { page, pageErrors };
}

/** The status the service answers a WebSocket upgrade of /graphql from `origin` with (101: accepted). */
function upgradeStatus(origin) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin });
    socket.once('upgrade', (response) => { resolve(response.statusCode); socket.close(); });
    socket.once('unexpected-response', (request, response) => { resolve(response.statusCode); request.destroy(); });
    socket.once('error', reject);
  });
}

const CREATE = 'mutation($name: String!) { createOrganization(input: { name: $name, kind: COMPANY }) { id name } }';

test('a page of a listed origin runs a query, a mutation with the API key and a subscription', TIMEOUT, async () => {
  const { page, pageErrors } = await openApp(allowed.origin);
  try {
    const query = await page.evaluate(() => window.newsgraph.request('{ organizationByName(name: "kaspersky") { name } }'));
    assert.equal(query.status, 200);
    assert.deepEqual(query.body, { data: { organizationByName: { name: 'Kaspersky Lab' } } });

    const name = unique('E2E browser organization');
    const created = await page.evaluate(([m, n, key]) => window.newsgraph.request(m, { name: n }, key), [CREATE, name, apiKey]);
    assert.equal(created.body.errors, undefined);
    assert.equal(created.body.data.createOrganization.name, name);

    const { events } = await data('{ events(first: 1) { edges { node { id title } } } }');
    const event = events.edges[0].node;
    const { event: received, mutation } = await page.evaluate(([e, o, key]) => window.newsgraph.subscribeThenMutate(
      'subscription { eventChanged { id title } }',
      'mutation($e: ID!, $o: ID!) { addParticipant(eventId: $e, organizationId: $o, role: AFFECTED) { id } }',
      { e, o }, key), [event.id, created.body.data.createOrganization.id, apiKey]);
    assert.equal(mutation.body.errors, undefined);
    assert.deepEqual(received, { data: { eventChanged: event } });
    assert.deepEqual(pageErrors, []);
  } finally {
    await page.close();
  }
});

test('the same page from another origin is refused: no answer, no socket, nothing written', TIMEOUT, async () => {
  const preflight = await fetch(graphqlUrl, {
    method: 'OPTIONS',
    headers: { Origin: foreign.origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  assert.equal(preflight.status, 403, 'the service itself refuses the origin (the browser is not just being strict)');
  assert.equal(await upgradeStatus(foreign.origin), 403);
  assert.equal(await upgradeStatus(allowed.origin), 101);

  const { page } = await openApp(foreign.origin);
  try {
    const name = unique('E2E refused organization');
    const outcome = await page.evaluate(async ([m, n, key]) => {
      const settle = (promise) => promise.then(() => 'answered', (error) => `${error.name}: ${error.message}`);
      return {
        query: await settle(window.newsgraph.request('{ __typename }')),
        mutation: await settle(window.newsgraph.request(m, { name: n }, key)),
        subscription: await settle(window.newsgraph.subscribeThenMutate('subscription { eventChanged { id } }', '{ __typename }', {})),
      };
    }, [CREATE, name, apiKey]);
    assert.match(outcome.query, /^TypeError: Failed to fetch/);
    assert.match(outcome.mutation, /^TypeError: Failed to fetch/);
    assert.match(outcome.subscription, /^Error: WebSocket (failed: error|closed with code 1006)/);

    const lookup = await graphql('query($name: String!) { organizationByName(name: $name) { id } }', { name });
    assert.equal(lookup.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'the refused mutation wrote nothing');
  } finally {
    await page.close();
  }
});
