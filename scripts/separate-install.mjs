#!/usr/bin/env node
// Installs the folders that keep their own package.json and lock, apart from the elements' install
// at the root: test/hosts (the framework host apps and their checks), test/hosts/next15-lit
// (@lit-labs/nextjs does not install beside Next 16) and bench (Lighthouse, playwright-core).
// `npm ci` at the root installs only what the elements need; `npm test`, `npm run bench` and
// `npm run screenshots` call this for the folders they use. It runs `npm ci` in a folder only
// when its package.json or lock is newer than its last install, so a second run downloads nothing.
//
//   node scripts/separate-install.mjs test/hosts test/hosts/next15-lit
import {execFileSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const folders = process.argv.slice(2);
if (!folders.length) {
  console.error('usage: node scripts/separate-install.mjs <folder>… (test/hosts, test/hosts/next15-lit, bench)');
  process.exit(2);
}

for (const folder of folders) {
  const dir = `${root}${folder}`;
  if (!existsSync(`${dir}/package-lock.json`)) {
    console.error(`${folder}: no package-lock.json there`);
    process.exit(2);
  }
  const installed = `${dir}/node_modules/.package-lock.json`;
  const newer = (file) => statSync(`${dir}/${file}`).mtimeMs > statSync(installed).mtimeMs;
  if (existsSync(installed) && !newer('package-lock.json') && !newer('package.json')) {
    console.log(`${folder}: already installed`);
    continue;
  }
  console.log(`${folder}: npm ci`);
  // As CI installs the root: from the lock, with no install scripts (none of these packages needs one).
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: dir, stdio: 'inherit'});
}
