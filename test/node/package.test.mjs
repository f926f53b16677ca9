// What `npm pack` would publish: only what users need, and everything they need.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {posix} from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const files = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}))[0].files.map((f) => f.path);

test('publishes only built code, types, schema, bundles, manifest, CLI and docs', () => {
  const allowed = /^(dist\/npm\/|dist\/cdn\/|schema\/|locales\/bundles\/|bin\/|docs\/|custom-elements\.json$|README\.md$|CONTRIBUTING\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
  assert.deepEqual(files.filter((path) => !allowed.test(path)), []);
  assert.equal(files.some((path) => /^(src|test|build|demo|bench|scripts)\//.test(path)), false);
  assert.equal(files.some((path) => path.endsWith('.map')), false);
});

test('publishes every file and image that a published page links to (README, CONTRIBUTING, docs/), so the docs of a version have no broken links', async () => {
  const {relativeLinks} = await import('../../scripts/markdown-links.mjs');
  const pages = files.filter((path) => path.endsWith('.md'));
  for (const page of ['README.md', 'CONTRIBUTING.md', 'docs/README.md', 'docs/api/secondary-liver-info.md']) assert.ok(pages.includes(page), `${page} is published`);
  let count = 0;
  for (const page of pages) {
    for (const link of relativeLinks(readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8'))) {
      if (link.path === '') continue;
      const target = posix.normalize(posix.join(posix.dirname(page), link.path)).replace(/\/$/, '');
      assert.ok(files.includes(target) || files.some((path) => path.startsWith(`${target}/`)), `${page}:${link.line} links to ${target}, which is not published`);
      count++;
    }
  }
  assert.ok(count >= 50, 'the published pages have relative links and images');
});

test('names its repository, homepage and bug tracker, or the README says they come with a public home', () => {
  // No invented addresses: until the project has a public home, the README says where things stand.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const key of ['repository', 'homepage', 'bugs']) {
    if (pkg[key] === undefined) assert.match(readme, /`repository`, `homepage` and `bugs` are\s+added when the project has a public home/, key);
    else assert.match(JSON.stringify(pkg[key]), /https:\/\//, key);
  }
});

test('publishes every file that package.json points at', () => {
  const targets = [pkg.main, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...Object.values(pkg.bin)].map((p) => p.replace(/^\.\//, ''));
  for (const target of targets) assert.ok(files.includes(target), `${target} is published`);
  for (const file of ['dist/npm/define/glossary-term.js', 'dist/npm/define/all.js', 'schema/content-bundle.schema.json', 'LICENSE', 'CHANGELOG.md'])
    assert.ok(files.includes(file), `${file} is published`);
  assert.ok(files.some((path) => /^dist\/cdn\/chunks\/cy-[\w-]+\.js$/.test(path)), 'the lazy locale files are published beside the CDN file');
});

test('the published CLI makes a plain snippet, validates a bundle and prints the self-hosting snippet from an installed tarball, with no clone', () => {
  const dir = mkdtempSync(`${tmpdir()}/sli-pack-`);
  const tarball = execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim().split('\n').pop();
  writeFileSync(`${dir}/package.json`, JSON.stringify({name: 'host', private: true}));
  // Offline from npm's cache where it can: the same dependencies this repository installed.
  execFileSync(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', `${dir}/${tarball}`], {cwd: dir, stdio: 'ignore'});
  const cli = `${dir}/node_modules/.bin/secondary-liver-info`;
  const snippet = execFileSync(cli, ['snippet', '--plain', '--locale', 'pl', '--sections', 'symptoms'], {cwd: dir, encoding: 'utf8'});
  assert.match(snippet, /^<!-- secondary-liver-info \(pl\)/);
  assert.match(snippet, /class="sli-term" href="#sli-pl-symptoms-def-ascites"/);
  const valid = execFileSync(cli, ['validate', `${dir}/node_modules/secondary-liver-info/locales/bundles/cy.json`], {cwd: dir, encoding: 'utf8'});
  assert.match(valid, /valid cy bundle/);
  const cdn = execFileSync(cli, ['cdn-snippet', '--base', 'https://example.org/sli/'], {cwd: dir, encoding: 'utf8'});
  assert.match(cdn, /"https:\/\/example\.org\/sli\/chunks\/cy-[\w-]+\.js": "sha384-/);
  assert.match(cdn, /<script type="module" src="https:\/\/example\.org\/sli\/secondary-liver-info\.js"/);
  // The release's own snippet is published beside the files it verifies, with the same hashes.
  const published = readFileSync(`${dir}/node_modules/secondary-liver-info/dist/cdn/snippet.html`, 'utf8');
  const base = `https://unpkg.com/${pkg.name}@${pkg.version}/dist/cdn/`;
  const forUnpkg = execFileSync(cli, ['cdn-snippet', '--base', base], {cwd: dir, encoding: 'utf8'});
  assert.ok(published.includes(forUnpkg.trim()), 'dist/cdn/snippet.html is what cdn-snippet prints for this version on unpkg');
  assert.match(published, /chunks\/cy-[\w-]+\.js": "sha384-/);
  // What changed in the built-in content, for partners who poll it.
  const manifest = JSON.parse(execFileSync(cli, ['manifest'], {cwd: dir, encoding: 'utf8'}));
  assert.equal(Object.keys(manifest.locales)[0], 'en-GB');
  assert.ok(['ar', 'cy', 'pl'].every((locale) => Object.keys(manifest.locales).includes(locale)));
  assert.match(manifest.locales.cy.sections.symptoms, /^sha256-/);
  // --support needs sanitize-html, an optional peer dependency the host has not installed: one clear line.
  writeFileSync(`${dir}/support.html`, '<p>Ring the ward.</p>');
  const support = spawnSync(cli, ['snippet', '--plain', '--support', `${dir}/support.html`], {cwd: dir, encoding: 'utf8'});
  assert.equal(support.status, 2);
  assert.match(support.stderr, /--support .*needs sanitize-html.*npm install sanitize-html/);
});

test('custom-elements.json describes what is published: paths, definitions and typed events', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  for (const module of manifest.modules) assert.ok(files.includes(module.path), `${module.path} is published`);
  const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  for (const tag of ['secondary-liver-info', 'symptom-list', 'glossary-term'])
    assert.ok(definitions.some((d) => d.name === tag && files.includes(d.declaration.module)), `a definition of <${tag}>`);
  const events = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events ?? []);
  assert.ok(events.length >= 10);
  for (const event of events) assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${event.name} is typed`);
});

test('runtime dependencies are exactly what published code imports; @lit/react is an optional peer like react', () => {
  // Every bare import in the published JavaScript (the npm build and the CLI), by package name.
  const imported = new Set();
  for (const path of files.filter((p) => /^(dist\/npm|bin)\/.*\.(m?js)$/.test(p))) {
    const code = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/gm)) {
      if (!specifier || specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  const optionalPeers = Object.keys(pkg.peerDependenciesMeta ?? {}).filter((name) => pkg.peerDependenciesMeta[name].optional);
  const required = [...imported].filter((name) => !optionalPeers.includes(name)).sort();
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), required);
  assert.equal(pkg.dependencies['@lit/localize'], undefined, 'only the build uses @lit/localize');
  assert.ok(imported.has('@lit/react'), 'the React entry imports @lit/react');
  for (const peer of ['@lit/react', 'react']) {
    assert.ok(pkg.peerDependencies[peer], `${peer} is a peer`);
    assert.equal(pkg.peerDependenciesMeta[peer]?.optional, true, `${peer} is optional`);
  }
});
