// Where the service under test runs and how to talk to it over plain HTTP. e2e/run.sh sets the
// variables; run by hand, the tests use a service already running on localhost:8080.
import { fileURLToPath } from 'node:url';

export const baseUrl = (process.env.NEWSGRAPH_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const graphqlUrl = `${baseUrl}/graphql`;
export const wsUrl = graphqlUrl.replace(/^http/, 'ws');
export const apiKey = process.env.NEWSGRAPH_API_KEY;
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const artifactsDir = process.env.E2E_ARTIFACTS ?? `${repoRoot}target/e2e`;

if (!apiKey) {
  throw new Error('NEWSGRAPH_API_KEY is not set: run the tests with e2e/run.sh, or export the key of the running service');
}

/** POSTs a GraphQL request as JSON and returns the parsed response; `editor` adds the API key. */
export async function graphql(query, variables = {}, { editor = false } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };
  if (editor) {
    headers.Authorization = `Bearer ${apiKey}`;
  }
  const response = await fetch(graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
  }
  return body;
}

/** Like graphql() but fails on any error and returns `data`. */
export async function data(query, variables = {}, options = {}) {
  const body = await graphql(query, variables, options);
  if (body.errors) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** A name no earlier run or test has used, so tests never depend on each other's data. */
export function unique(prefix) {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
