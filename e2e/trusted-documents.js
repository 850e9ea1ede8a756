#!/usr/bin/env node
// Turns the persisted-document files that client build tools write into the trusted-documents manifest
// Newsgraph loads (NEWSGRAPH_TRUSTED_DOCUMENTS): a JSON object { "<sha256 hex of the document>": "<document>" }.
// Inputs are objects of { "<hash>": "<document>" }: GraphQL Code Generator's client preset
// (persisted-documents.json) and Relay's local persisting (persisted_queries.json), whatever hash they used.
// Every document is parsed, and keyed by the SHA-256 of its exact text, so a key is right by construction.
//
//   node e2e/trusted-documents.js persisted-documents.json [persisted_queries.json …] > trusted-documents.json
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'graphql';

export function sha256Hex(document) {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}

/**
 * The manifest of the documents of all `sources` ({ hash: document } objects), keys in order. `names` label
 * the sources in errors. Throws on anything that is not such an object or a document that does not parse.
 */
export function toManifest(sources, names = sources.map((_, i) => `input ${i + 1}`)) {
  const manifest = {};
  sources.forEach((source, i) => {
    if (source === null || typeof source !== 'object' || Array.isArray(source)) {
      throw new Error(`${names[i]}: expected a JSON object of { "<hash>": "<document>" }`);
    }
    for (const [key, document] of Object.entries(source)) {
      if (typeof document !== 'string' || document.trim() === '') {
        throw new Error(`${names[i]}: the entry "${key}" is not a GraphQL document (expected a non-empty string)`);
      }
      try {
        parse(document, { noLocation: true });
      } catch (error) {
        throw new Error(`${names[i]}: the document of "${key}" does not parse: ${error.message}`);
      }
      manifest[sha256Hex(document)] = document;
    }
  });
  return Object.fromEntries(Object.keys(manifest).sort().map((key) => [key, manifest[key]]));
}

/** How many entries of `source` were keyed by another hash than the SHA-256 of their text. */
export function rehashedCount(source) {
  return Object.entries(source).filter(([key, document]) => key.toLowerCase() !== sha256Hex(document)).length;
}

function main(files) {
  if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
    console.error('usage: node e2e/trusted-documents.js <persisted-documents.json> [more.json …] > trusted-documents.json');
    process.exit(2);
  }
  try {
    const sources = files.map((file) => {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`${file}: ${error.message}`);
      }
    });
    const manifest = toManifest(sources, files);
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    const rehashed = sources.reduce((n, source) => n + rehashedCount(source), 0);
    console.error(`trusted documents: ${Object.keys(manifest).length} documents, ${rehashed} re-keyed to SHA-256`);
  } catch (error) {
    console.error(`trusted documents: ${error.message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
