// The trusted-documents converter (e2e/trusted-documents.js), on inputs shaped as GraphQL Code Generator's
// client preset (SHA-1 keys, its default) and Relay's local persisting (MD5 keys, its default) write them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sha256Hex, toManifest } from '../trusted-documents.js';

const converter = fileURLToPath(new URL('../trusted-documents.js', import.meta.url));
const hash = (algorithm, text) => createHash(algorithm).update(text).digest('hex');

const ORGANIZATION = 'query Organization($name: String!) { organizationByName(name: $name) { id name } }';
const IMPORT = 'mutation Import($md: String!) { importArticle(markdown: $md) { created article { id } } }';
const REFETCH = 'query OrganizationCardRefetchQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    id\n  }\n}\n';
const codegen = { [hash('sha1', ORGANIZATION)]: ORGANIZATION, [hash('sha1', IMPORT)]: IMPORT };
const relay = { [hash('md5', REFETCH)]: REFETCH, [hash('md5', ORGANIZATION)]: ORGANIZATION };

test('documents are keyed by the SHA-256 of their exact text, whatever the source hashed with', () => {
  const manifest = toManifest([codegen, relay]);

  assert.deepEqual(manifest, {
    [hash('sha256', ORGANIZATION)]: ORGANIZATION,
    [hash('sha256', IMPORT)]: IMPORT,
    [hash('sha256', REFETCH)]: REFETCH,
  });
  assert.deepEqual(Object.keys(manifest), Object.keys(manifest).toSorted(), 'keys in order, for stable diffs');
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'the FIPS 180-2 test vector');
});

test('anything that is not { hash: document } or does not parse is refused, naming the source and entry', () => {
  assert.throws(() => toManifest([[ORGANIZATION]], ['list.json']), /list\.json: expected a JSON object/);
  assert.throws(() => toManifest([{ abc: 42 }], ['numbers.json']), /numbers\.json: the entry "abc" is not a GraphQL document/);
  assert.throws(() => toManifest([codegen, { bad: 'query { organizationByName(' }], ['a.json', 'b.json']),
    /b\.json: the document of "bad" does not parse/);
});

test('the command line merges files into one manifest on stdout and fails with a message on a bad file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trusted-documents-'));
  try {
    await writeFile(join(dir, 'persisted-documents.json'), JSON.stringify(codegen));
    await writeFile(join(dir, 'persisted_queries.json'), JSON.stringify(relay));
    await writeFile(join(dir, 'broken.json'), '{ "a": ');
    const run = promisify(execFile);

    const { stdout, stderr } = await run('node', [converter, join(dir, 'persisted-documents.json'), join(dir, 'persisted_queries.json')]);
    assert.deepEqual(JSON.parse(stdout), toManifest([codegen, relay]));
    assert.match(stderr, /3 documents, 4 re-keyed to SHA-256/);

    const failed = await run('node', [converter, join(dir, 'broken.json')]).then(() => null, (error) => error);
    assert.equal(failed?.code, 1);
    assert.equal(failed.stdout, '');
    assert.match(failed.stderr, /broken\.json: /);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
