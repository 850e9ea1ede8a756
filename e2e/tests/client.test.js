// An application client (urql, as a frontend would use it): a query with variables, a mutation
// that works with the editor key and is refused without it, and a refetch by global id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, fetchExchange, gql } from '@urql/core';
import { apiKey, graphqlUrl, unique } from '../lib/service.js';

const ORGANIZATION = gql`
  query Organization($name: String!) {
    organizationByName(name: $name) { id name aliases kind country events(first: 20) { edges { node { title kind } } } }
  }
`;
const CREATE = gql`
  mutation Create($input: OrganizationInput!) {
    createOrganization(input: $input) { id name kind country version }
  }
`;

function client(headers = {}) {
  return new Client({
    url: graphqlUrl,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    fetchOptions: { headers },
  });
}

test('urql runs a query with variables (over GET, urql\'s default for short queries)', async () => {
  const result = await client().query(ORGANIZATION, { name: 'commerce department' }).toPromise();

  assert.equal(result.error, undefined);
  const organization = result.data.organizationByName;
  assert.equal(organization.name, 'US Department of Commerce');
  assert.equal(organization.kind, 'GOVERNMENT_AGENCY');
  assert.ok(organization.aliases.includes('Commerce Department'));
  assert.ok(organization.events.edges.some(({ node }) => node.kind === 'BAN' && node.title.includes('Kaspersky')));
});

test('urql runs a mutation with the editor API key, and the result is readable back', async () => {
  const name = unique('E2E urql organization');
  const editor = client({ Authorization: `Bearer ${apiKey}` });

  const created = await editor.mutation(CREATE, { input: { name, kind: 'MEDIA', country: 'DE' } }).toPromise();

  assert.equal(created.error, undefined);
  assert.equal(created.data.createOrganization.name, name);
  assert.equal(created.data.createOrganization.version, 0);
  const read = await client().query(ORGANIZATION, { name: name.toUpperCase() }).toPromise();
  assert.equal(read.data.organizationByName.id, created.data.createOrganization.id);
});

test('urql sees the same mutation refused as UNAUTHORIZED without the key, and nothing written', async () => {
  const name = unique('E2E urql refused');

  const refused = await client().mutation(CREATE, { input: { name, kind: 'MEDIA' } }).toPromise();

  assert.equal(refused.error.graphQLErrors[0].extensions.code, 'UNAUTHORIZED');
  const read = await client().query(ORGANIZATION, { name }).toPromise();
  assert.equal(read.data.organizationByName, null);
});

const REFETCH = gql`
  query Refetch($id: ID!) {
    node(id: $id) { __typename id ... on Organization { name } ... on Event { title } }
  }
`;

test('urql refetches an organization and an event by the ids it was given, whatever their type', async () => {
  const read = await client().query(ORGANIZATION, { name: 'commerce department' }).toPromise();
  const organization = read.data.organizationByName;
  const events = await client().query(gql`{ events(first: 1) { edges { node { id title } } } }`, {}).toPromise();
  const event = events.data.events.edges[0].node;
  assert.notEqual(organization.id, event.id);

  const again = await client().query(REFETCH, { id: organization.id }).toPromise();
  assert.equal(again.error, undefined);
  assert.deepEqual(again.data.node, { __typename: 'Organization', id: organization.id, name: organization.name });
  const eventAgain = await client().query(REFETCH, { id: event.id }).toPromise();
  assert.deepEqual(eventAgain.data.node, { __typename: 'Event', id: event.id, title: event.title });
});

test('urql sees an id of the wrong type refused as NOT_FOUND', async () => {
  const read = await client().query(ORGANIZATION, { name: 'commerce department' }).toPromise();

  const wrong = await client().query(gql`query($id: ID!) { event(id: $id) { title } }`, { id: read.data.organizationByName.id })
    .toPromise();

  assert.equal(wrong.data.event, null);
  assert.equal(wrong.error.graphQLErrors[0].extensions.code, 'NOT_FOUND');
});
