// Rendering with @lit-labs/ssr and its full global DOM shim (as @lit-labs/nextjs installs it): the
// element's content must be in the HTML, with no network and nothing left running that could
// reject later. server-rendering-lit-only.test.mjs renders the same without the shim. Needs
// `npm run build` first.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {assertDefaultsRendered, watchProcess} from './server-defaults.mjs';

const watch = watchProcess();
const {render} = await import('@lit-labs/ssr');
const {collectResultSync} = await import('@lit-labs/ssr/lib/render-result.js');
const {html} = await import('lit');
await import('../../dist/npm/define/all.js');
const {preloadLanguages} = await import('../../dist/npm/index.js');

// Without Lit's hydration markers, to read the HTML as a browser shows it.
const renderToString = (template) => collectResultSync(render(template)).replace(/<!--[^>]*-->/g, '');

test('each element with no attributes renders whole, with nothing rejected or logged as an error afterwards', async () => {
  await assertDefaultsRendered(renderToString, html, watch);
});

test('renders the embedded en-GB content on the server, inside a declarative shadow root', () => {
  const out = renderToString(html`<secondary-liver-info sections="symptoms"></secondary-liver-info>`);
  assert.match(out, /<template [^>]*shadowrootmode="open"/);
  assert.match(out, /feeling generally unwell/);
  assert.doesNotMatch(out, /aria-busy/, 'not the empty loading shell');
  const list = renderToString(html`<symptom-list heading-level="3"></symptom-list>`);
  assert.match(list, /<h3[^>]*>Symptoms<\/h3>/);
});

test('renders another built-in language once it is preloaded, and says so when it is not', async () => {
  const before = renderToString(html`<symptom-list lang="pl"></symptom-list>`);
  assert.match(before, /feeling generally unwell/);
  assert.match(before, /not available in the language of this page yet/);
  await preloadLanguages(['pl', 'fr']);
  const after = renderToString(html`<symptom-list lang="pl"></symptom-list>`);
  assert.match(after, /ogólne złe samopoczucie/);
  assert.match(after, /lang="pl"/);
});
