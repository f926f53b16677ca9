// What Lit's server rendering (@lit-labs/ssr, Lit alone) makes of a `light-dom` element: the
// content, in a declarative shadow root, as for every LitElement (lit/lit#3080, open). The client
// moves it into the page when it takes over (test/ssr-light-dom.test.ts). If this test fails
// because the content is no longer in a declarative shadow root, Lit has learnt light-DOM
// rendering: update docs/guides/light-dom.md. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';

test('Lit SSR renders a light-dom element whole, inside a declarative shadow root (lit/lit#3080)', () => {
  const out = execFileSync(process.execPath, [new URL('../../scripts/ssr-light-dom-fixture.mjs', import.meta.url).pathname], {encoding: 'utf8'});
  const panel = out.match(/<secondary-liver-info[^>]*\blight-dom\b[^>]*>([\s\S]*?)<\/secondary-liver-info>/);
  assert.ok(panel, 'the element, with its light-dom attribute');
  assert.match(panel[1], /^<template shadowroot="open" shadowrootmode="open">/);
  const [, shadow, after] = panel[1].match(/^<template[^>]*>([\s\S]*)<\/template>([\s\S]*)$/);
  assert.match(shadow, /feeling generally unwell/);
  assert.match(shadow, /part="section section-outlook"/);
  // Outside the shadow root: only what the host wrote there.
  assert.equal(after.replace(/<!--[^>]*-->/g, '').trim(), '<p slot="support">Ring the liver nurses.</p>');
});
