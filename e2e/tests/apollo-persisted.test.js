// Apollo Client 4 with its persisted-queries link (useGETForHashedQueries) against the service, in Node.
// The link speaks Apollo's protocol: it first sends only the hash (SHA-256 hex of the printed query) as
// `extensions.persistedQuery` over GET; the service does not know it yet (PersistedQueryNotFound), so the link
// sends the query with the hash by POST; from then on a GET with the hash alone is enough. The fetch below
// revalidates as a browser's HTTP cache does for `Cache-Control: no-cache`: it keeps the answer and its ETag
// per URL and asks again with If-None-Match, so a 304 means the service confirmed the kept answer.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { apiKey, data, graphqlUrl, unique } from '../lib/service.js';

const TIMEOUT = { timeout: 60_000 };

/** A fetch with a browser-like revalidating HTTP cache for GET; every exchange is recorded. */
function revalidatingFetch(exchanges) {
  const kept = new Map();
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const entry = method === 'GET' ? kept.get(String(url)) : undefined;
    if (entry) {
      headers.set('If-None-Match', entry.etag);
    }
    const response = await fetch(url, { ...init, headers });
    const body = await response.text();
    const parsed = new URL(String(url));
    const sent = method === 'GET' ? Object.fromEntries(parsed.searchParams) : JSON.parse(init.body);
    exchanges.push({
      method,
      status: response.status,
      query: sent.query,
      extensions: typeof sent.extensions === 'string' ? JSON.parse(sent.extensions) : sent.extensions,
      ifNoneMatch: headers.get('If-None-Match'),
      etag: response.headers.get('ETag'),
      error: body ? JSON.parse(body).errors?.[0] : undefined,
    });
    if (response.status === 304 && entry) {
      return new Response(entry.body, { status: 200, headers: entry.headers });
    }
    if (method === 'GET' && response.ok && response.headers.get('ETag')) {
      kept.set(String(url), { etag: response.headers.get('ETag'), body, headers: response.headers });
    }
    return new Response(body || null, { status: response.status, headers: response.headers });
  };
}

/** The README's link chain (without the WebSocket) over the recording fetch; `key` makes it an editor's. */
function apollo(exchanges, key = undefined) {
  const sha256 = (text) => createHash('sha256').update(text).digest('hex');
  return new ApolloClient({
    link: ApolloLink.from([
      new SetContextLink(({ headers }) => ({ headers: key ? { ...headers, Authorization: `Bearer ${key}` } : headers })),
      new PersistedQueryLink({ sha256, useGETForHashedQueries: true }),
      new HttpLink({ uri: graphqlUrl, fetch: revalidatingFetch(exchanges) }),
    ]),
    cache: new InMemoryCache(),
  });
}

test('first request misses, the next send only the hash over GET and revalidate to 304; a write changes the answer', TIMEOUT, async () => {
  const name = unique('E2E persisted organization');
  const { createOrganization: organization } = await data(
    'mutation($name: String!) { createOrganization(input: { name: $name, kind: COMPANY }) { id } }', { name }, { editor: true });
  const ORGANIZATION = gql`query PersistedOrganization($name: String!) { organizationByName(name: $name) { id name aliases } }`;
  const exchanges = [];
  const client = apollo(exchanges);
  const ask = () => client.query({ query: ORGANIZATION, variables: { name }, fetchPolicy: 'network-only' });

  const first = await ask();
  const second = await ask();
  const third = await ask();

  for (const result of [first, second, third]) {
    assert.deepEqual(result.data.organizationByName, { __typename: 'Organization', id: organization.id, name, aliases: [] });
  }
  const [miss, register, hit, revalidated] = exchanges;
  assert.equal(exchanges.length, 4, JSON.stringify(exchanges));
  assert.deepEqual([miss.method, miss.query], ['GET', undefined], 'the first try is the hash alone, over GET');
  assert.deepEqual([miss.error?.message, miss.error?.extensions?.code], ['PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND']);
  assert.equal(miss.extensions.persistedQuery.version, 1);
  assert.match(miss.extensions.persistedQuery.sha256Hash, /^[0-9a-f]{64}$/);
  assert.equal(register.method, 'POST', 'after PersistedQueryNotFound the link sends the query');
  assert.ok(register.query.includes('organizationByName'));
  assert.deepEqual([hit.method, hit.query, hit.status], ['GET', undefined, 200]);
  assert.ok(hit.etag, 'an anonymous GET answer has an ETag');
  assert.deepEqual([revalidated.method, revalidated.query, revalidated.ifNoneMatch, revalidated.status],
    ['GET', undefined, hit.etag, 304], 'the same answer again is a 304');

  const editorExchanges = [];
  const written = await apollo(editorExchanges, apiKey).mutate({
    mutation: gql`mutation PersistedAlias($id: ID!) { addAlias(organizationId: $id, alias: "E2E persisted alias") { id aliases } }`,
    variables: { id: organization.id },
  });
  assert.deepEqual(written.data.addAlias.aliases, ['E2E persisted alias']);
  assert.deepEqual(editorExchanges.map((e) => [e.method, e.query === undefined]), [['POST', true], ['POST', false]],
    'a mutation is never a GET: hash alone by POST, then the query');
  const changed = await ask();

  assert.deepEqual(changed.data.organizationByName.aliases, ['E2E persisted alias']);
  const afterWrite = exchanges.at(-1);
  assert.deepEqual([afterWrite.method, afterWrite.query, afterWrite.ifNoneMatch, afterWrite.status],
    ['GET', undefined, hit.etag, 200], 'after a write the kept answer is stale: a full answer');
  assert.notEqual(afterWrite.etag, hit.etag);
});
