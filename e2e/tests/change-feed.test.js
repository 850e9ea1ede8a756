// The change feed as an app on a flaky connection uses it: a graphql-ws client follows
// `changes`, its socket is torn down, changes are committed while it is away, and a new
// connection that subscribes with `changes(after:)` from the last cursor it saw receives every one
// of them, each once and in order, and then goes on live.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { data, unique, wsUrl } from '../lib/service.js';

const TIMEOUT = { timeout: 30_000 };

/** A subscription whose `next` payloads queue up; `take(n)` waits for the next n of them. */
function follow(client, query, variables) {
  const queue = [];
  const waiters = [];
  let failure = null;
  const wake = () => waiters.splice(0).forEach((w) => w());
  const dispose = client.subscribe({ query, variables }, {
    next: (result) => { queue.push(result); wake(); },
    error: (error) => { failure = error instanceof Error ? error : new Error(JSON.stringify(error)); wake(); },
    complete: () => {},
  });
  async function take(count) {
    while (queue.length < count) {
      if (failure) throw failure;
      await new Promise((resolve) => waiters.push(resolve));
    }
    return queue.splice(0, count);
  }
  return { take, dispose, pending: () => queue.length };
}

async function createOrganization(name) {
  const { createOrganization } = await data(
    'mutation($name: String!) { createOrganization(input: { name: $name, kind: COMPANY }) { id } }',
    { name }, { editor: true });
  return createOrganization.id;
}

const CHANGES = `subscription($after: String) {
  changes(after: $after, types: [ORGANIZATION]) { cursor operation nodeId node { ... on Organization { name } } }
}`;

test('a graphql-ws client resumes changes(after:) after a forced disconnect and misses nothing', TIMEOUT, async () => {
  // Start from where the log stands, so the first subscription replays nothing older.
  const { changes: head } = await data('{ changes(first: 1) { totalCount } }');
  assert.equal(typeof head.totalCount, 'number');

  const first = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  const before = unique('E2E feed before');
  const live = follow(first, CHANGES, {});
  // `changes` without `after` starts from now: a round trip makes sure the server has subscribed it
  await new Promise((resolve, reject) => first.subscribe({ query: '{ __typename }' }, { next() {}, error: reject, complete: resolve }));
  const beforeId = await createOrganization(before);
  const [seen] = await live.take(1);
  assert.equal(seen.errors, undefined, JSON.stringify(seen));
  assert.equal(seen.data.changes.nodeId, beforeId);
  assert.equal(seen.data.changes.node.name, before);
  const lastCursor = seen.data.changes.cursor;

  // The socket goes away without a goodbye, as on a phone that lost its network.
  first.terminate();

  const away = [];
  for (let i = 0; i < 3; i++) {
    away.push(await createOrganization(unique(`E2E feed away ${i}`)));
  }

  const second = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  try {
    const resumed = follow(second, CHANGES, { after: lastCursor });
    const replayed = await resumed.take(3);
    assert.deepEqual(replayed.map((r) => r.data.changes.nodeId), away);
    assert.ok(replayed.every((r) => r.data.changes.operation === 'CREATED'));
    const afterId = await createOrganization(unique('E2E feed after'));
    const [next] = await resumed.take(1);
    assert.equal(next.data.changes.nodeId, afterId, 'live after the replay, with nothing repeated');
    // what a poller reads after the same cursor is exactly what the subscription delivered
    const { changes: polled } = await data(
      'query($after: String) { changes(after: $after, types: [ORGANIZATION], first: 100) { edges { node { nodeId } } } }',
      { after: lastCursor });
    assert.deepEqual(polled.edges.map((e) => e.node.nodeId), [...away, afterId]);
    resumed.dispose();
  } finally {
    await second.dispose();
  }
});
