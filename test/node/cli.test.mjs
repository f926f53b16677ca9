// The bundle validator CLI, run as partners run it. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const cli = new URL('../../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', timeout: 20000});
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

test('warns, without refusing, when a partner bundle names no publisher, online address or licence', () => {
  const bare = run('validate', write('bare.json', enGB()));
  assert.equal(bare.status, 0, bare.stderr);
  assert.match(bare.stderr, /^warning: \$\.meta\.publisher: is missing/m);
  assert.match(bare.stderr, /^warning: \$\.meta\.sourceUrl: is missing/m);
  assert.match(bare.stderr, /^warning: \$\.meta\.licence: is missing/m);
  const bundle = enGB();
  Object.assign(bundle.meta, {publisher: {name: 'Example Trust'}, sourceUrl: 'https://trust.example/liver', licence: {name: 'CC BY 4.0'}});
  const named = run('validate', write('named.json', bundle));
  assert.equal(named.status, 0, named.stderr);
  assert.doesNotMatch(named.stderr, /warning/);
});

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
  assert.match(missing.stderr, /cannot read: no such file or directory \(ENOENT\)/);
});

test('never quotes the file: a parse error gives a position, not the text around it', () => {
  const result = run('validate', write('secret.json', '{"ok": 1, SECRET_TOKEN_VALUE}'));
  assert.equal(result.status, 1);
  assert.doesNotMatch(result.stderr + result.stdout, /SECRET_TOKEN_VALUE/);
});

test('refuses a symbolic link without printing anything of its target', () => {
  const secret = write('env', 'AWS_SECRET_ACCESS_KEY=abc123');
  const link = join(temp, 'bundle-link.json');
  symlinkSync(secret, link);
  const result = run('validate', link);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /is a symbolic link/);
  assert.doesNotMatch(result.stderr + result.stdout, /AWS_SECRET|abc123/);
  const jsonTarget = write('keys.json', {AWS_SECRET_ACCESS_KEY: 'x'});
  const jsonLink = join(temp, 'keys-link.json');
  symlinkSync(jsonTarget, jsonLink);
  assert.doesNotMatch(run('validate', jsonLink).stderr, /AWS_SECRET/);
});

test('refuses devices and FIFOs at once instead of reading for ever', () => {
  const device = run('validate', '/dev/zero');
  assert.equal(device.status, 2);
  assert.match(device.stderr, /is not a regular file/);
  const fifo = join(temp, 'fifo.json');
  execFileSync('mkfifo', [fifo]);
  const started = Date.now();
  const result = run('validate', fifo);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /is not a regular file/);
  assert.ok(Date.now() - started < 10000, 'did not wait for a writer');
});

test('applies the widget\'s 512 KB cap before reading', () => {
  const bundle = enGB();
  bundle.glossary[0].definition = 'x'.repeat(900);
  const padded = JSON.stringify(bundle) + ' '.repeat(613 * 1024);
  const over = run('validate', write('large.json', padded));
  assert.equal(over.status, 1);
  assert.match(over.stderr, /the widget accepts at most 524288/);
  // A 2 GB (sparse) file is refused from its size alone, at once.
  const huge = write('huge.json', '');
  truncateSync(huge, 2 * 1024 ** 3);
  const started = Date.now();
  assert.equal(run('validate', huge).status, 1);
  assert.ok(Date.now() - started < 5000);
});

test('reads strict UTF-8: a BOM is dropped as browsers do, invalid bytes are refused', () => {
  const text = readFileSync(join(bundlesDir, 'en-GB.json'));
  const withBom = join(temp, 'bom.json');
  writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
  assert.equal(run('validate', withBom).status, 0);
  const latin1 = join(temp, 'latin1.json');
  writeFileSync(latin1, Buffer.concat([text.subarray(0, 40), Buffer.from([0xe9, 0xff]), text.subarray(40)]));
  const result = run('validate', latin1);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /is not valid UTF-8 text/);
});

test('caps what it prints, without a stack trace, for a bundle with 35,000 unknown keys', () => {
  const bundle = enGB();
  for (let i = 0; i < 35000; i++) bundle.meta[`k${i}`] = 1;
  const result = run('validate', write('keys.json', bundle));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /: 50 problem\(s\)\n/);
  assert.ok(result.stderr.split('\n').length <= 52, 'at most 50 problems printed');
  assert.doesNotMatch(result.stderr, /at .*\.js:\d+/);
});

test('explains its usage when called wrongly', () => {
  const result = run('check');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage: secondary-liver-info validate <bundle.json>/);
});

test('cdn-snippet prints the integrity import map and script tag for any base URL', async () => {
  const {cdnFiles, sri} = await import('../../bin/cdn-integrity.mjs');
  const dist = new URL('../../dist/cdn/', import.meta.url).pathname;
  for (const [given, base] of [
    ['https://example.org/sli/', 'https://example.org/sli/'],
    ['https://cdn.example.net/assets/sli-0.1.0', 'https://cdn.example.net/assets/sli-0.1.0/'],
  ]) {
    const result = run('cdn-snippet', '--base', given);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const map = JSON.parse(/<script type="importmap">\n([\s\S]*?)\n<\/script>/.exec(result.stdout)[1]);
    const files = cdnFiles(dist);
    assert.ok(files.length > 1);
    assert.deepEqual(map, {integrity: Object.fromEntries(files.map((file) => [`${base}${file}`, sri(join(dist, file))]))});
    assert.ok(
      result.stdout.includes(`<script type="module" src="${base}secondary-liver-info.js"\n        integrity="${sri(join(dist, 'secondary-liver-info.js'))}" crossorigin="anonymous"></script>`)
    );
  }
});

test('cdn-snippet refuses a base a page cannot load modules from, in one line and with nothing on standard output', () => {
  for (const args of [['--base', 'example.org/sli/'], ['--base', 'javascript:alert(1)'], ['--base', 'https://example.org/?v=1'], ['--base'], []]) {
    const result = run('cdn-snippet', ...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.doesNotMatch(result.stderr, /internal error|at .*\.mjs/);
  }
});

test('refuses a path through a symbolically linked directory, and names none of the target\'s keys', () => {
  const secrets = join(temp, 'elsewhere');
  mkdirSync(secrets);
  writeFileSync(join(secrets, 'config.json'), JSON.stringify({AWS_SECRET_KEY_NAME: 1, DATABASE_PASSWORD_NAME: 2}));
  symlinkSync(secrets, join(temp, 'bundles-link'));
  const result = run('validate', join(temp, 'bundles-link', 'config.json'));
  assert.equal(result.status, 2);
  assert.match(result.stderr, /goes through a symbolic link .*bundles-link\): give the real path/);
  assert.doesNotMatch(result.stderr, /AWS_SECRET|DATABASE_PASSWORD/);
});

test('escapes control, bidi and separator characters in key names before printing them', () => {
  const bundle = enGB();
  bundle.meta['\u202Egnp.exe\u0085\u2028\u001b[31mred\u{E0041}'] = 1;
  const result = run('validate', write('controls.json', bundle));
  assert.equal(result.status, 1);
  // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
  assert.doesNotMatch(result.stderr, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\u{E0041}/u);
  assert.match(result.stderr, /\\u\{202E\}gnp\.exe\\u\{85\}\\u\{2028\}\\u(?:\{1B\}|001b)\[31mred\\u\{E0041\}/);
});

test('applies the widget\'s language rules: a "cym" bundle is refused with the spelling the widget accepts', () => {
  const bundle = JSON.parse(readFileSync(join(bundlesDir, 'cy.json'), 'utf8'));
  bundle.locale = 'cym';
  const result = run('validate', write('cym.json', bundle));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /\$\.locale: must be written in its canonical form, "cy"/);
});

test('review dates that would lie: a due date past the 5-year cycle, a last review in the future; each rule named', () => {
  const farDue = enGB();
  farDue.meta.nextReviewDue = '9999-12-31';
  const far = run('validate', write('far-due.json', farDue));
  assert.equal(far.status, 1);
  assert.match(far.stderr, /\$\.meta\.nextReviewDue: is more than 5 years after lastReviewed/);
  const future = enGB();
  const nextYear = new Date().getUTCFullYear() + 1;
  future.meta.lastReviewed = `${nextYear}-01-01`;
  future.meta.nextReviewDue = `${nextYear + 1}-01-01`;
  const ahead = run('validate', write('future.json', future));
  assert.equal(ahead.status, 1);
  assert.match(ahead.stderr, /\$\.meta\.lastReviewed: is in the future/);
  const fiveYears = enGB();
  fiveYears.meta.lastReviewed = '2023-07-24';
  fiveYears.meta.nextReviewDue = '2028-07-24';
  assert.equal(run('validate', write('five-years.json', fiveYears)).status, 0, 'exactly five years is allowed');
});
