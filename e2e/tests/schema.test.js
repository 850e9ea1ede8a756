// Introspection gives a schema that graphql-js can build, and that schema validates every example
// query of the README, so the README cannot drift from the API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { data, repoRoot } from '../lib/service.js';

const ARTICLE_DESCRIPTION = 'A news article: its text, when and where it was published, and what it mentions.';

/** The ```graphql blocks of a Markdown text, with the line each starts on. */
function graphqlBlocks(markdown) {
  const blocks = [];
  for (const match of markdown.matchAll(/^```graphql\s*\n([\s\S]*?)^```/gm)) {
    blocks.push({ source: match[1], line: markdown.slice(0, match.index).split('\n').length });
  }
  return blocks;
}

const schema = buildClientSchema(await data(getIntrospectionQuery({ descriptions: true })));

test('introspection builds a client schema in which every type, field, argument and enum value is described', () => {
  assert.equal(schema.getQueryType().name, 'Query');
  assert.equal(schema.getMutationType().name, 'Mutation');
  assert.equal(schema.getType('Article').description, ARTICLE_DESCRIPTION);
  const undescribed = [];
  for (const type of Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'))) {
    if (!type.description) {
      undescribed.push(type.name);
    }
    for (const field of Object.values(type.getFields?.() ?? {})) {
      if (!field.description) {
        undescribed.push(`${type.name}.${field.name}`);
      }
      for (const argument of field.args ?? []) {
        if (!argument.description) {
          undescribed.push(`${type.name}.${field.name}(${argument.name}:)`);
        }
      }
    }
    for (const value of type.getValues?.() ?? []) {
      if (!value.description) {
        undescribed.push(`${type.name}.${value.name}`);
      }
    }
  }
  assert.deepEqual(undescribed, [], 'GraphiQL users see a description for everything');
});

test('every ```graphql example of the README validates against the live schema', () => {
  const blocks = graphqlBlocks(readFileSync(`${repoRoot}README.md`, 'utf8'));
  assert.ok(blocks.length >= 3, `the README has GraphQL examples (found ${blocks.length})`);
  for (const { source, line } of blocks) {
    const errors = validate(schema, parse(source));
    assert.deepEqual(errors.map((e) => e.message), [], `README.md line ${line}:\n${source}`);
  }
});
