#!/usr/bin/env node
// Installs the host apps that keep their own dependencies (test/hosts/next15-lit: @lit-labs/nextjs
// does not install beside the Next 16 the root uses). Runs `npm ci` there only when its lock is
// newer than its last install, so a second `npm test` does not download it again.
import {execFileSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';

for (const app of ['test/hosts/next15-lit']) {
  const installed = `${app}/node_modules/.package-lock.json`;
  const newer = (file) => statSync(`${app}/${file}`).mtimeMs > statSync(installed).mtimeMs;
  if (existsSync(installed) && !newer('package-lock.json') && !newer('package.json')) {
    console.log(`${app}: already installed`);
    continue;
  }
  console.log(`${app}: npm ci`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: app, stdio: 'inherit'});
}
