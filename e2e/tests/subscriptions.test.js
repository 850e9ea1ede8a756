// Subscriptions over WebSocket at /graphql, seen by real clients: the graphql-ws client
// (graphql-transport-ws protocol) and a minimal client of the legacy graphql-ws protocol. The
// mutations that trigger them come from another connection: plain HTTP with the editor key.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { data, unique, wsUrl } from '../lib/service.js';

const TIMEOUT = { timeout: 20_000 };

const ARTICLE_IMPORTED = 'subscription { articleImported { id title } }';
// Nested fields of an event resolve as in a query (the change-feed test selects some).
const EVENT_CHANGED = 'subscription { eventChanged { id title kind } }';

function markdown(title) {
  return `# ${title}\n\nPublished :\`2024-07-18 10:00:00\`\n\n---\n\n`
    + 'Kaspersky Lab confirmed the closure of its US office, the Commerce Department said.\n\n---\n';
}

async function importArticle(title) {
  const result = await data(
    'mutation($markdown: String!) { importArticle(markdown: $markdown, source: "e2e") { created article { id title } } }',
    { markdown: markdown(title) }, { editor: true });
  assert.equal(result.importArticle.created, true);
  return result.importArticle.article;
}

/** Subscribes to `query`; `event` resolves with the first event that `matches`. */
function listen(client, query, matches) {
  let dispose;
  const event = new Promise((resolve, reject) => {
    dispose = client.subscribe({ query }, {
      next: (result) => {
        if (result.errors) {
          reject(new Error(`subscription error: ${JSON.stringify(result.errors)}`));
        } else if (matches(result.data)) {
          resolve(result.data);
        }
      },
      error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
      complete: () => reject(new Error('the server completed the subscription before the expected event')),
    });
  });
  return { event, dispose: () => dispose() };
}

/**
 * A query over the same socket, answered after the server has handled the subscribe message sent
 * before it, so the mutation that follows cannot overtake the subscription.
 */
function roundTrip(client) {
  return new Promise((resolve, reject) => {
    client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve });
  });
}

let schemaHasSubscriptions = false;
let client;

before(async () => {
  const { __schema } = await data('{ __schema { subscriptionType { fields { name } } } }');
  const fields = (__schema.subscriptionType?.fields ?? []).map((f) => f.name);
  schemaHasSubscriptions = ['articleImported', 'eventChanged'].every((name) => fields.includes(name));
  client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
});

after(async () => {
  await client?.dispose();
});

function requireSubscriptions() {
  assert.ok(schemaHasSubscriptions,
    'the schema has no Subscription { articleImported eventChanged }: subscriptions are not implemented in this build');
}

test('graphql-ws client receives articleImported after importArticle over HTTP', TIMEOUT, async () => {
  requireSubscriptions();
  const title = unique('E2E subscription article');
  const subscription = listen(client, ARTICLE_IMPORTED, (d) => d.articleImported.title === title);
  try {
    await roundTrip(client);
    const article = await importArticle(title);

    const { articleImported } = await subscription.event;
    assert.equal(articleImported.id, article.id);
    assert.equal(articleImported.title, title);
  } finally {
    subscription.dispose();
  }
});

test('graphql-ws client receives eventChanged after addParticipant over HTTP', TIMEOUT, async () => {
  requireSubscriptions();
  const name = unique('E2E participant');
  const { createOrganization: organization } = await data(
    'mutation($name: String!) { createOrganization(input: { name: $name, kind: COMPANY }) { id name } }',
    { name }, { editor: true });
  const { events } = await data('{ events(first: 1) { edges { node { id title kind } } } }');
  const event = events.edges[0].node;
  const subscription = listen(client, EVENT_CHANGED, (d) => d.eventChanged.id === event.id);
  try {
    await roundTrip(client);
    await data(
      'mutation($e: ID!, $o: ID!) { addParticipant(eventId: $e, organizationId: $o, role: AFFECTED) { id } }',
      { e: event.id, o: organization.id }, { editor: true });

    const { eventChanged } = await subscription.event;
    assert.deepEqual(eventChanged, event);
    const { event: changed } = await data(
      'query($id: ID!) { event(id: $id) { participants { role organization { id name } } } }', { id: event.id });
    const participant = changed.participants.find((p) => p.organization.id === organization.id);
    assert.deepEqual(participant, { role: 'AFFECTED', organization });
  } finally {
    subscription.dispose();
  }
});

/** The legacy `graphql-ws` subprotocol (subscriptions-transport-ws), spoken directly: few clients remain. */
test('a legacy graphql-ws protocol client receives articleImported', TIMEOUT, async () => {
  requireSubscriptions();
  const title = unique('E2E legacy subscription article');
  const socket = new WebSocket(wsUrl, 'graphql-ws');
  const messages = [];
  const waiters = [];
  socket.on('message', (raw) => {
    const message = JSON.parse(raw.toString());
    messages.push(message);
    waiters.filter((w) => w.matches(message)).forEach((w) => w.resolve(message));
  });
  const next = (matches) => new Promise((resolve, reject) => {
    const seen = messages.find(matches);
    if (seen) {
      resolve(seen);
      return;
    }
    waiters.push({ matches, resolve });
    socket.once('close', (code, reason) => reject(new Error(`socket closed: ${code} ${reason}`)));
  });
  const send = (message) => socket.send(JSON.stringify(message));
  try {
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    assert.equal(socket.protocol, 'graphql-ws');
    send({ type: 'connection_init', payload: {} });
    await next((m) => m.type === 'connection_ack');

    send({ id: 'imported', type: 'start', payload: { query: ARTICLE_IMPORTED } });
    send({ id: 'ping', type: 'start', payload: { query: '{ __typename }' } });
    await next((m) => m.id === 'ping' && m.type === 'complete');
    const article = await importArticle(title);

    const message = await next((m) => m.id === 'imported' && m.type === 'data'
      && m.payload.data?.articleImported.title === title);
    assert.equal(message.payload.errors, undefined);
    assert.equal(message.payload.data.articleImported.id, article.id);
    send({ id: 'imported', type: 'stop' });
    send({ type: 'connection_terminate' });
  } finally {
    socket.close();
  }
});
