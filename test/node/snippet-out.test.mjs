// `snippet --out FILE` in a directory someone else may have prepared: it never follows a link,
// never blocks on a FIFO, never leaves half a file, and says what went wrong. Needs `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describeError} from '../../bin/cli-files.mjs';

const cli = new URL('../../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, 'snippet', '--plain', '--sections', 'symptoms', ...args], {encoding: 'utf8', timeout: 20000});
const dir = mkdtempSync(join(tmpdir(), 'sli-out-'));

test('writes a new file, and replaces an old one whole, leaving no temporary file behind', () => {
  const out = join(dir, 'new.html');
  const first = run('--out', out);
  assert.equal(first.status, 0, first.stderr);
  assert.match(readFileSync(out, 'utf8'), /^<!-- secondary-liver-info/);
  writeFileSync(out, 'the previous snippet');
  assert.equal(run('--out', out).status, 0);
  assert.match(readFileSync(out, 'utf8'), /^<!-- secondary-liver-info/);
  assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
});

test('refuses a symbolic link as the target and leaves what it points at alone', () => {
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'not yours');
  const link = join(dir, 'link.html');
  symlinkSync(victim, link);
  const result = run('--out', link);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /link\.html: is a symbolic link: give the path of the file itself; nothing written/);
  assert.equal(readFileSync(victim, 'utf8'), 'not yours');
});

test('refuses a target inside a symbolically linked directory', () => {
  const real = join(dir, 'real');
  mkdirSync(real);
  symlinkSync(real, join(dir, 'linked-dir'));
  const result = run('--out', join(dir, 'linked-dir', 'snippet.html'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /goes through a symbolic link/);
  assert.deepEqual(readdirSync(real), []);
});

test('refuses a FIFO at once instead of waiting for a reader, and a directory, each in words', () => {
  const fifo = join(dir, 'pipe.html');
  execFileSync('mkfifo', [fifo]);
  const started = Date.now();
  const result = run('--out', fifo);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /pipe\.html: is not a regular file; nothing written/);
  assert.ok(Date.now() - started < 15000);
  const folder = join(dir, 'folder.html');
  mkdirSync(folder);
  const directory = run('--out', folder);
  assert.equal(directory.status, 1);
  assert.match(directory.stderr, /folder\.html: is a directory; nothing written/);
});

test('an error says what happened, not only "internal error"', () => {
  assert.equal(describeError(Object.assign(new Error('x'), {code: 'ENOSPC'})), 'no space left on the device (ENOSPC)');
  assert.equal(describeError(Object.assign(new Error('x'), {code: 'EISDIR'})), 'is a directory (EISDIR)');
  // A path whose "directory" is a file: the reason and its code, not "internal error".
  const file = join(dir, 'plain-file');
  writeFileSync(file, 'x');
  const result = run('--out', join(file, 'snippet.html'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /cannot create the directory: (already exists \(EEXIST\)|a part of the path is not a directory \(ENOTDIR\))/);
  assert.doesNotMatch(result.stderr, /internal error/);
});
