#!/usr/bin/env node
// `npx secondary-liver-info validate path/to/bundle.json`: checks a content bundle against the
// schema and against the structure of the en-GB source, for partners and translators.
// Reads only the file it is given; en-GB is compiled into the package.
import {readFileSync} from 'node:fs';
import {validateBundle} from '../dist/npm/bundle/validate-bundle.js';
import {compareWithSource} from '../dist/npm/bundle/compare-with-source.js';
import {bundle as enGB} from '../dist/npm/generated/content/en-GB.js';

const USAGE = 'usage: secondary-liver-info validate <bundle.json>';
const [command, file, ...rest] = process.argv.slice(2);

if (command !== 'validate' || !file || rest.length) {
  console.error(USAGE);
  process.exit(2);
}

const fail = (problems) => {
  console.error(`${file}: ${problems.length} problem(s)`);
  for (const {path, reason} of problems) console.error(`  ${path}: ${reason}`);
  process.exit(1);
};

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read: ${error.code ?? error.message}`);
  process.exit(2);
}
let data;
try {
  data = JSON.parse(text);
} catch (error) {
  fail([{path: '$', reason: `is not JSON (${error.message})`}]);
}
const result = validateBundle(data);
if (!result.valid) fail(result.problems);
const differences = compareWithSource(enGB, result.bundle);
if (differences.length) fail(differences);
const {locale, meta} = result.bundle;
console.log(`${file}: valid ${locale} bundle, structurally complete against en-GB (translation status: ${meta.translation.status})`);
