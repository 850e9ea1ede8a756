// Relay against the service: relay-compiler (from the npm registry) compiles a @refetchable fragment against the
// schema the service serves, with its queries persisted under their SHA-256 (the trusted-documents workflow);
// relay-runtime then runs the generated refetch query, node(id:), and keeps the organization under its global id;
// and a persisted id alone, sent as Apollo's persistedQuery hash, is the very hash the service checks.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import relay from 'relay-runtime';
import { toManifest } from '../trusted-documents.js';
import { artifactsDir, baseUrl, data, graphql, graphqlUrl } from '../lib/service.js';

const { Environment, Network, RecordSource, Store, fetchQuery } = relay;
const e2eDir = fileURLToPath(new URL('../', import.meta.url));
const project = join(artifactsDir, 'relay');
const TIMEOUT = { timeout: 60_000 };

let persisted;
let refetchQuery;

before(async () => {
  await rm(project, { recursive: true, force: true });
  await mkdir(join(project, 'src'), { recursive: true });
  const schema = await fetch(`${baseUrl}/graphql/schema.graphql`);
  assert.equal(schema.status, 200);
  await writeFile(join(project, 'schema.graphql'), await schema.text());
  await copyFile(join(e2eDir, 'relay/OrganizationCard.js'), join(project, 'src/OrganizationCard.js'));
  await writeFile(join(project, 'persisted_queries.json'), '{}');
  await writeFile(join(project, 'relay.config.json'), JSON.stringify({
    src: './src',
    schema: './schema.graphql',
    language: 'javascript',
    persistConfig: { file: './persisted_queries.json', algorithm: 'SHA256' },
  }));
});

test('relay-compiler compiles the @refetchable fragment against the served schema', TIMEOUT, async () => {
  const compiler = join(e2eDir, 'node_modules/.bin/relay-compiler');
  const { stdout, stderr } = await promisify(execFile)(compiler, [], { cwd: project });
  assert.match(stdout + stderr, /Compilation completed/);

  persisted = JSON.parse(await readFile(join(project, 'persisted_queries.json'), 'utf8'));
  refetchQuery = (await import(pathToFileURL(join(project, 'src/__generated__/OrganizationCardRefetchQuery.graphql.js')))).default;
  assert.equal(refetchQuery.params.text, null, 'persisted: the app ships the hash, not the text');
  assert.match(persisted[refetchQuery.params.id], /node\(id: \$id\)/);
  assert.deepEqual(Object.keys(toManifest([persisted])).sort(), Object.keys(persisted).sort(),
    'Relay\'s SHA256 ids are the manifest\'s keys as they are');
});

test('the generated refetch query runs against the service and Relay stores the node by its id', TIMEOUT, async () => {
  assert.ok(refetchQuery, 'the compile test ran first');
  const { organizationByName: kaspersky } = await data('{ organizationByName(name: "kaspersky") { id name } }');
  const answers = [];
  // The network layer a persisted Relay app has: the id stands for the document the server holds.
  const network = Network.create(async (params, variables) => {
    const answer = await graphql(persisted[params.id], variables);
    answers.push(answer);
    return answer;
  });
  const environment = new Environment({ network, store: new Store(new RecordSource()) });

  const result = await fetchQuery(environment, refetchQuery, { id: kaspersky.id }).toPromise();

  assert.equal(answers.length, 1);
  assert.equal(answers[0].errors, undefined);
  assert.equal(answers[0].data.node.__typename, 'Organization');
  assert.equal(answers[0].data.node.name, 'Kaspersky Lab');
  assert.ok(answers[0].data.node.events.totalCount >= 1);
  assert.ok(result.node, 'Relay resolved node(id:) (its fields are masked behind the fragment)');
  const record = environment.getStore().getSource().get(kaspersky.id);
  assert.equal(record.name, 'Kaspersky Lab');
  assert.equal(record.__typename, 'Organization');
});

/** POSTs `body` as JSON to the service and returns the parsed answer. */
async function post(body) {
  const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

test('Relay\'s persisted ids are the hashes the service checks: hash alone, miss, register, then hash alone', TIMEOUT, async () => {
  assert.ok(refetchQuery, 'the compile test ran first');
  const { organizationByName: kaspersky } = await data('{ organizationByName(name: "kaspersky") { id } }');
  const extensions = { persistedQuery: { version: 1, sha256Hash: refetchQuery.params.id } };
  const variables = { id: kaspersky.id };

  const miss = await post({ variables, extensions });
  const registered = await post({ query: persisted[refetchQuery.params.id], variables, extensions });
  const hit = await post({ variables, extensions });

  assert.equal(miss.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
  assert.equal(miss.errors[0].message, 'PersistedQueryNotFound');
  assert.equal(registered.errors, undefined, 'the id is the SHA-256 of the text (a mismatch would be BAD_INPUT)');
  assert.deepEqual(hit, registered);
  assert.equal(hit.data.node.name, 'Kaspersky Lab');
});
