// Server rendering as docs/guides/frameworks.md's recipe sets it up: ordinary static imports, and only the
// shims Lit's own Node build installs (HTMLElement and customElements; no Element, ShadowRoot or
// document). Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../dist/npm/define/all.js';
import {assertDefaultsRendered, watchProcess} from './server-defaults.mjs';

const watch = watchProcess();
const renderToString = (template) => collectResultSync(render(template)).replace(/<!--[^>]*-->/g, '');

test('Lit alone: no global DOM shim is installed', () => {
  assert.equal(typeof globalThis.Element, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

test('Lit alone: each element with no attributes renders whole, with nothing rejected or logged afterwards', async () => {
  await assertDefaultsRendered(renderToString, html, watch);
});

test('Lit alone: the element\'s own lang is read (a server render sees no ancestors)', () => {
  const out = renderToString(html`<symptom-list lang="cy"></symptom-list>`);
  // Welsh is not preloaded here: English with the notice that says so, not a crash.
  assert.match(out, /feeling generally unwell/);
  assert.match(out, /not available in the language of this page yet/);
});
