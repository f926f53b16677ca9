// The bundle validator CLI, run as partners run it. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const cli = new URL('../../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'});
const bundlesDir = new URL('../../locales/bundles/', import.meta.url).pathname;
const enGB = () => JSON.parse(readFileSync(join(bundlesDir, 'en-GB.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'sli-cli-'));
const write = (name, content) => {
  const path = join(temp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

for (const file of readdirSync(bundlesDir)) {
  test(`accepts the shipped ${file}`, () => {
    const result = run('validate', join(bundlesDir, file));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /valid .* bundle, structurally complete against en-GB/);
  });
}

test('rejects an invalid bundle, naming the JSON path and a plain reason', () => {
  const bundle = enGB();
  delete bundle.sections.tests.items[3].id;
  bundle.meta.lastReviewed = 'last July';
  const result = run('validate', write('invalid.json', bundle));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /\$\.meta\.lastReviewed: must be a date written YYYY-MM-DD/);
  assert.match(result.stderr, /\$\.sections\.tests\.items\[3\]\.id: is required/);
});

test('rejects a translation that lacks or adds items compared with en-GB', () => {
  const bundle = enGB();
  bundle.locale = 'cy';
  bundle.sections.symptoms.items.splice(8, 1);
  bundle.sections['which-cancers'].items.push({id: 'extra', text: ['extra cancer']});
  const result = run('validate', write('incomplete.json', bundle));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /\$\.sections\.symptoms\.items\[8\]: lacks item "hiccups", which the source has/);
  assert.match(result.stderr, /\$\.sections\["which-cancers"\]\.items\[7\]: has item "extra", which the source lacks/);
});

test('rejects a file that is not JSON, and a missing file, with a non-zero exit', () => {
  const notJson = run('validate', write('page.json', '<html>not json</html>'));
  assert.equal(notJson.status, 1);
  assert.match(notJson.stderr, /\$: is not JSON/);
  const missing = run('validate', join(temp, 'no-such-file.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read: ENOENT/);
});

test('explains its usage when called wrongly', () => {
  const result = run('check');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage: secondary-liver-info validate <bundle.json>/);
});
