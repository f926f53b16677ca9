// svelte-check on Svelte 5 templates that use the tags, with the shipped types
// (secondary-liver-info/types/svelte, from the unpacked tarball): a correct template passes, a
// misspelt property fails. `npm run test:hosts` at the root runs it after the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

const hosts = new URL('..', import.meta.url).pathname;
const svelteCheck = (folder) =>
  spawnSync(process.execPath, [`${hosts}node_modules/svelte-check/bin/svelte-check`, '--workspace', `${hosts}types/svelte/${folder}`, '--tsconfig', './tsconfig.json', '--output', 'machine'], {
    encoding: 'utf8',
    timeout: 120000,
  });

test('svelte-check passes a correct template', () => {
  const result = svelteCheck('good');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /COMPLETED \d+ FILES 0 ERRORS/);
});

test('svelte-check fails a misspelt property', () => {
  const result = svelteCheck('misspelt');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /ERROR "Panel\.svelte" .*'\\?"headingLevl\\?"' does not exist/);
});
