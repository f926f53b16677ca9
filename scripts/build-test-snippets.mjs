#!/usr/bin/env node
// Writes the snippets the browser suite loads into build/snippets/, with the published CLI (and,
// for build/snippets/sanitized/, passed through the sanitizers content systems run), so that
// `npm run test:browser`, or any one browser test file, stands on its own after `npm run build`.
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {SANITIZERS, slug} from '../test/node/sanitizers.mjs';
import {BUILT_IN_LOCALES} from './built-in-locales.mjs';
import {needsBuild} from './needs-build.mjs';

// The browser tests run from build/test, and the snippets come from dist/npm.
needsBuild('test:browser', ['dist/npm/define/all.js', 'build/test/defaults.test.js']);

const cli = new URL('../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const snippet = (...args) => execFileSync(process.execPath, [cli, 'snippet', ...args], {stdio: ['ignore', 'ignore', 'inherit']});
const snippetText = (...args) => execFileSync(process.execPath, [cli, 'snippet', ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
const sanitized = 'build/snippets/sanitized';
mkdirSync(sanitized, {recursive: true});

snippet('--locale', 'cy', '--sections', 'symptoms tests', '--out', 'build/snippets/cy-symptoms-tests.html');
// The defaults, as a user who reads nothing makes them, in every built-in language.
for (const locale of BUILT_IN_LOCALES) {
  snippet('--locale', locale, '--out', `build/snippets/default-rich-${locale}.html`);
  snippet('--locale', locale, '--plain', '--out', `build/snippets/default-plain-${locale}.html`);
}
// The rich snippet in the page (light DOM), with its structured data (issue 21).
snippet('--light-dom', '--structured-data', '--out', 'build/snippets/light-en-GB.html');

// The plain snippets as each sanitizer leaves them (test/sanitized-snippets.test.ts, test/targets.test.ts);
// test/node/snippet.test.mjs checks the same output for every fact.
for (const locale of BUILT_IN_LOCALES) {
  const plain = snippetText('--plain', '--locale', locale, '--heading-level', '3');
  for (const [name, sanitize] of Object.entries(SANITIZERS)) writeFileSync(`${sanitized}/${slug(name)}-${locale}.html`, sanitize(plain));
}
// With the host's contact block (test/fixtures/support.html): the rich snippet as it is, and the
// plain one after each sanitizer (test/node/snippet-support.test.mjs checks the same output).
const support = 'test/fixtures/support.html';
writeFileSync('build/snippets/support-rich.html', snippetText('--support', support, '--heading-level', '2'));
const plainSupport = snippetText('--plain', '--support', support);
for (const [name, sanitize] of Object.entries(SANITIZERS)) writeFileSync(`${sanitized}/support-${slug(name)}.html`, sanitize(plainSupport));
// What Lit's server rendering makes of light-DOM elements, for the client to take over.
mkdirSync('build/snippets', {recursive: true});
writeFileSync('build/snippets/ssr-light-dom.html', execFileSync(process.execPath, [new URL('./ssr-light-dom-fixture.mjs', import.meta.url).pathname]));
