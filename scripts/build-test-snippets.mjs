#!/usr/bin/env node
// Writes the snippets the browser suite loads into build/snippets/, with the published CLI, so
// that `npm run test:browser` stands on its own after `npm run build`.
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {BUILT_IN_LOCALES} from './built-in-locales.mjs';
import {needsBuild} from './needs-build.mjs';

// The browser tests run from build/test, and the snippets come from dist/npm.
needsBuild('test:browser', ['dist/npm/define/all.js', 'build/test/defaults.test.js']);

const cli = new URL('../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const snippet = (...args) => execFileSync(process.execPath, [cli, 'snippet', ...args], {stdio: ['ignore', 'ignore', 'inherit']});

snippet('--locale', 'cy', '--sections', 'symptoms tests', '--out', 'build/snippets/cy-symptoms-tests.html');
// The defaults, as a user who reads nothing makes them, in every built-in language.
for (const locale of BUILT_IN_LOCALES) {
  snippet('--locale', locale, '--out', `build/snippets/default-rich-${locale}.html`);
  snippet('--locale', locale, '--plain', '--out', `build/snippets/default-plain-${locale}.html`);
}
// The rich snippet in the page (light DOM), with its structured data (issue 21).
snippet('--light-dom', '--structured-data', '--out', 'build/snippets/light-en-GB.html');
// What Lit's server rendering makes of light-DOM elements, for the client to take over.
mkdirSync('build/snippets', {recursive: true});
writeFileSync('build/snippets/ssr-light-dom.html', execFileSync(process.execPath, [new URL('./ssr-light-dom-fixture.mjs', import.meta.url).pathname]));
