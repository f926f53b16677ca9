// What `npm pack` would publish: only what users need, and everything they need.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const files = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}))[0].files.map((f) => f.path);

test('publishes only built code, types, schema, bundles, manifest, CLI and docs', () => {
  const allowed = /^(dist\/npm\/|dist\/cdn\/|schema\/|locales\/bundles\/|bin\/|custom-elements\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
  assert.deepEqual(files.filter((path) => !allowed.test(path)), []);
  assert.equal(files.some((path) => /^(src|test|build|demo|bench|scripts)\//.test(path)), false);
  assert.equal(files.some((path) => path.endsWith('.map')), false);
});

test('publishes every file that package.json points at', () => {
  const targets = [pkg.main, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...Object.values(pkg.bin)].map((p) => p.replace(/^\.\//, ''));
  for (const target of targets) assert.ok(files.includes(target), `${target} is published`);
  for (const file of ['dist/npm/define/glossary-term.js', 'dist/npm/define/all.js', 'schema/content-bundle.schema.json', 'LICENSE', 'CHANGELOG.md'])
    assert.ok(files.includes(file), `${file} is published`);
  assert.ok(files.some((path) => /^dist\/cdn\/chunks\/cy-[\w-]+\.js$/.test(path)), 'the lazy locale files are published beside the CDN file');
});
