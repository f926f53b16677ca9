// The inner loop: browser tests straight from TypeScript source (esbuild, no build step), in Lit's
// development mode as `npm test` runs them, where a Lit warning fails the test. `npm run test:file -- test/x.test.ts` runs one
// file in about ten seconds; `npm run test:watch` reruns on change. `npm test` (what CI runs) uses
// web-test-runner.config.mjs: the compiled build, with every fixture built.
import {existsSync} from 'node:fs';
import {execSync} from 'node:child_process';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import base from './web-test-runner.config.mjs';

// The locale modules are generated from the XLIFF files; build them once on a fresh clone.
if (!existsSync('src/generated/version.ts')) execSync('npm run generate', {stdio: 'inherit'});

export default {
  ...base,
  // The lazy-locale test counts requests for the built lazy files, which source has not got.
  // test/hosts holds no browser tests, only its own installs (not worth walking on every start).
  files: ['test/**/*.test.ts', '!test/lazy-locales.test.ts', '!test/hosts/**'],
  plugins: [...base.plugins, esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
};
