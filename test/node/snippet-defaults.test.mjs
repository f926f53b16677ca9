// The snippet CLI as a user who reads nothing runs it (`npx secondary-liver-info snippet`, in each
// language, rich and plain), and all or nothing: a snippet is complete or not written at all.
// Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BUILT_IN_LOCALES as LOCALES} from '../../scripts/built-in-locales.mjs';

const cli = new URL('../../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const run = (args, file = cli) => spawnSync(process.execPath, [file, 'snippet', ...args], {encoding: 'utf8', timeout: 60000});
const bundle = (locale) => JSON.parse(readFileSync(new URL(`../../locales/bundles/${locale}.json`, import.meta.url), 'utf8'));

for (const locale of LOCALES) {
  for (const kind of ['rich', 'plain']) {
    test(`${kind} snippet, ${locale}, no other option: exit 0, nothing on stderr, every section and "about"`, () => {
      const result = run([...(locale === 'en-GB' ? [] : ['--locale', locale]), ...(kind === 'plain' ? ['--plain'] : [])]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
      const text = result.stdout.replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const {sections, meta} = bundle(locale);
      for (const section of Object.values(sections)) assert.ok(text.includes(`>${section.heading}</h3>`), section.heading);
      assert.ok(text.includes(meta.source.name), 'the source attribution');
      if (kind === 'rich') assert.match(result.stdout, /<\/template><\/secondary-liver-info>\n$/, 'complete to its last tag');
    });
  }
}

test('a failure writes nothing to stdout, one line to stderr, exit 1; --out keeps the old file', () => {
  // A copy of the CLI without the built package beside it: it fails once it starts making the snippet.
  const dir = mkdtempSync(join(tmpdir(), 'sli-cli-'));
  cpSync(new URL('../../bin', import.meta.url), join(dir, 'bin'), {recursive: true});
  const copy = join(dir, 'bin', 'secondary-liver-info.mjs');
  const result = run([], copy);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, /^secondary-liver-info snippet: failed, nothing written/);
  const out = join(dir, 'snippet.html');
  writeFileSync(out, 'the previous snippet');
  assert.equal(run(['--out', out], copy).status, 1);
  assert.equal(readFileSync(out, 'utf8'), 'the previous snippet');
});
