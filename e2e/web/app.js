// What a web app on another origin does with Newsgraph: plain fetch for queries and mutations (the API key in
// the Authorization header), graphql-ws for subscriptions. The service's URL comes in `?api=`.
import { createClient } from '/vendor/graphql-ws/client.js';

const api = new URL(new URLSearchParams(location.search).get('api'));
const wsUrl = api.href.replace(/^http/, 'ws');

/** POSTs a GraphQL request; rejects when the browser refuses it (CORS), like any fetch. */
async function request(query, variables = {}, apiKey = undefined) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };
  if (apiKey) {
    headers.Authorization = `Bearer ${apiKey}`;
  }
  const response = await fetch(api, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json() };
}

/** graphql-ws hands its sinks the socket's error or close event as it is; make an Error that says which. */
function closeReason(error) {
  if (error instanceof Error) {
    return error;
  }
  if (error?.type === 'close') {
    return new Error(`WebSocket closed with code ${error.code}${error.reason ? `: ${error.reason}` : ''}`);
  }
  return new Error(`WebSocket failed: ${error?.type ?? String(error)}`);
}

/**
 * Subscribes over WebSocket, then, once the server has answered a query sent on the same socket after the
 * subscribe message (so the subscription is in place), sends `mutation` over HTTP; resolves with the first
 * event and the mutation's answer.
 */
function subscribeThenMutate(subscription, mutation, variables, apiKey) {
  const client = createClient({ url: wsUrl, lazy: false, retryAttempts: 0, onNonLazyError: () => {} });
  let mutated;
  const event = new Promise((resolve, reject) => {
    const dispose = client.subscribe({ query: subscription }, {
      next: (result) => { resolve(result); dispose(); },
      error: (error) => reject(closeReason(error)),
      complete: () => reject(new Error('the subscription completed without an event')),
    });
    client.subscribe({ query: '{ __typename }' }, {
      next: () => {},
      error: (error) => reject(closeReason(error)),
      complete: () => { mutated = request(mutation, variables, apiKey); mutated.catch(reject); },
    });
  });
  return event.then(async (result) => ({ event: result, mutation: await mutated })).finally(() => client.dispose());
}

window.newsgraph = { request, subscribeThenMutate };
document.getElementById('status').textContent = 'ready';
