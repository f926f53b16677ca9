// Every script the docs list (README.md, CONTRIBUTING.md, docs/), on a fresh clone (no build/, no
// dist/, no custom-elements.json):
// it builds what it needs, or says in one line which command to run first. Clones the committed
// tree of this checkout; node_modules is linked, not installed (installing needs the network).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const docs = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(root, 'docs'), {recursive: true}).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))]
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** `npm run --silent <name>` in `cwd`: its exit status and output (the scripts run side by side). */
const runScript = (cwd, name) =>
  new Promise((resolve) =>
    execFile(npm, ['run', '--silent', name], {cwd, encoding: 'utf8', timeout: 120000}, (error, stdout, stderr) =>
      resolve({status: error ? (error.code ?? 1) : 0, stdout, stderr})
    )
  );

// Scripts that begin by building: running them would rebuild the project for minutes.
const BUILDS_FIRST = ['build', 'test', 'bench', 'schema'];
// Scripts that build what they need inside a file of their own: what that file runs first.
const BUILDS_IN = {
  start: ['scripts/start.mjs', "spawnSync('npm', ['run', 'build']"],
  'test:file': ['web-test-runner.source.config.mjs', "execSync('npm run generate'"],
  'test:watch': ['web-test-runner.source.config.mjs', "execSync('npm run generate'"],
};
// Scripts that need nothing built (they read the sources): run on the clone.
const RUN_AS_IS = ['localize:extract', 'generate', 'lint', 'check:docs', 'docs'];
// Scripts that do nothing without arguments: on their own they print their usage in one line.
const TAKES_ARGUMENTS = ['fingerprints'];
// Scripts that need a build, and the command each names.
const NEEDS = {
  'check:content': 'npm run build:ts',
  size: 'npm run build',
  'size:parts': 'npm run build',
  screenshots: 'npm run build',
  snippet: 'npm run build',
  'test:browser': 'npm run build',
  'test:hosts': 'npm run build',
  'test:types': 'npm run build',
};

const listed = [...new Set([...docs.matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((m) => m[1]))];

test('the docs list only scripts that exist, and this test covers each', () => {
  for (const name of listed) {
    assert.ok(pkg.scripts[name], `npm run ${name} exists`);
    assert.ok(BUILDS_FIRST.includes(name) || BUILDS_IN[name] || NEEDS[name] || RUN_AS_IS.includes(name) || TAKES_ARGUMENTS.includes(name), `${name} is covered here`);
  }
});

test('scripts that build first start with the build', () => {
  for (const name of BUILDS_FIRST)
    assert.match(pkg.scripts[name], name === 'build' ? /^npm run clean && npm run build:ts &&/ : /^npm run build(:ts)? &&/, name);
  for (const [name, [file, first]] of Object.entries(BUILDS_IN)) {
    assert.ok(pkg.scripts[name].includes(file.replace(/^scripts\//, 'scripts/')), `${name} runs ${file}`);
    assert.ok(readFileSync(join(root, file), 'utf8').includes(first), `${file} builds what it needs`);
  }
});

test('on a fresh clone, each script that needs a build says in one line what to run first', {timeout: 240000}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sli-fresh-'));
  try {
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, dir], {stdio: 'ignore'});
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const results = await Promise.all(Object.keys(NEEDS).map((name) => runScript(dir, name)));
    for (const [index, [name, first]] of Object.entries(NEEDS).entries()) {
      const result = results[index];
      assert.notEqual(result.status, 0, `${name} fails without a build`);
      // npm's own lines about the failed script aside, one line from the script.
      const lines = result.stderr.split('\n').filter((line) => line.trim() && !/^npm (ERR!|error)/.test(line));
      assert.equal(lines.length, 1, `${name}: ${result.stderr}`);
      assert.ok(lines[0].includes(`run \`${first}\` first`), `${name}: ${lines[0]}`);
      assert.doesNotMatch(result.stderr + result.stdout, /internal error|\n\s+at |ERR_MODULE_NOT_FOUND/, name);
    }
    for (const name of TAKES_ARGUMENTS) {
      const result = await runScript(dir, name);
      assert.notEqual(result.status, 0, `${name} without arguments`);
      const lines = result.stderr.split('\n').filter((line) => line.trim() && !/^npm (ERR!|error)/.test(line));
      assert.equal(lines.length, 1, `${name}: ${result.stderr}`);
      assert.match(lines[0], /^usage: /, name);
    }
    for (const name of RUN_AS_IS) {
      const result = await runScript(dir, name);
      assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
