#!/usr/bin/env node
// Writes schema/content-bundle.schema.json from the one bundle definition (after `npm run build:ts`).
// `--check` only compares, and fails when the committed file has drifted from the definition.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {contentBundleSchema} from '../build/src/bundle/content-bundle-schema.js';
import {toJsonSchema} from '../build/src/bundle/to-json-schema.js';

const target = fileURLToPath(new URL('../schema/content-bundle.schema.json', import.meta.url));
const published = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Secondary liver cancer content bundle',
  ...toJsonSchema(contentBundleSchema),
  $comment:
    'Generated from src/bundle/content-bundle-schema.ts by `npm run schema`. Also checked by the validator, beyond this schema: glossary references resolve, ids are unique, a reviewed translation names its reviewer.',
};
const text = JSON.stringify(published, null, 2) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // No schema written yet: everything is new.
  }
  if (current !== text) {
    console.error('schema/content-bundle.schema.json is out of date: run `npm run schema` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
