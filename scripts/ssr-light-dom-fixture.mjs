#!/usr/bin/env node
// Writes to standard output what Lit's server rendering (@lit-labs/ssr, Lit alone, as
// docs/guides/frameworks.md sets it up) makes of light-DOM elements: the browser suite loads it to
// test the client taking it over (test/ssr-light-dom.test.ts). Lit renders every LitElement into a
// declarative shadow root, `light-dom` or not (lit/lit#3080). Needs `npm run build` first.
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../dist/npm/define/all.js';

process.stdout.write(
  collectResultSync(
    render(html`<secondary-liver-info light-dom sections="symptoms outlook"><p slot="support">Ring the liver nurses.</p></secondary-liver-info>
      <symptom-list light-dom lang="en-GB"></symptom-list>`)
  )
);
