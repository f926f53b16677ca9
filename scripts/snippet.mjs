#!/usr/bin/env node
// `npm run snippet -- --locale cy --sections "symptoms tests" [--element symptom-list]
//   [--heading-level 3] [--out file.html]`: renders an element to static HTML with declarative
// shadow DOM (@lit-labs/ssr). Pasted into a page it shows in full with JavaScript off; when the
// widget's script does load, the element takes the snippet over without a flash.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {parseArgs} from 'node:util';

// @lit-labs/ssr's shim has no window; a few browser-only code paths test for it.
globalThis.window ??= globalThis;

const {values} = parseArgs({
  options: {
    locale: {type: 'string', default: 'en-GB'},
    sections: {type: 'string'},
    element: {type: 'string', default: 'secondary-liver-info'},
    'heading-level': {type: 'string'},
    out: {type: 'string'},
  },
});

const {render} = await import('@lit-labs/ssr');
const {collectResultSync} = await import('@lit-labs/ssr/lib/render-result.js');
const {nothing} = await import('lit');
const {unsafeStatic, html: staticHtml} = await import('lit/static-html.js');
await import('../dist/npm/define/all.js');
const {builtInLocaleFor} = await import('../dist/npm/i18n/locales.js');
const {loadBuiltInLocale} = await import('../dist/npm/controllers/content-controller.js');
const {localizeUiStrings} = await import('../dist/npm/i18n/localize-ui-strings.js');
// The illustration's drawing is lazy in the browser; on the server it must be there before rendering.
const {spreadDrawingStyles} = await (await import('../dist/npm/rendering/spread-illustration.js')).loadSpreadDrawing();
(await import('../dist/npm/elements/secondary-liver-info.js')).SecondaryLiverInfo.elementStyles.push(spreadDrawingStyles);

if (!['secondary-liver-info', 'symptom-list'].includes(values.element)) {
  console.error('--element must be secondary-liver-info or symptom-list');
  process.exit(2);
}
const locale = builtInLocaleFor(values.locale, {localName: 'snippet'});
const data = await loadBuiltInLocale(locale);
const content = {bundle: data.bundle, ui: localizeUiStrings(data.ui), fallback: false};
const tag = unsafeStatic(values.element);
const sections = values.element === 'secondary-liver-info' ? values.sections ?? nothing : nothing;

const result = collectResultSync(
  render(
    staticHtml`<${tag} lang=${locale} sections=${sections} heading-level=${values['heading-level'] ?? nothing} .serverContent=${content}></${tag}>`
  )
);
// Drop SSR hydration markers: the client replaces this HTML rather than hydrating it.
const markup = result.replace(/<!--lit-part[^>]*-->|<!--\/lit-part-->|<!--lit-node \d+-->/g, '');
const snippet = `<!-- ${values.element} (${locale}${values.sections ? `, sections: ${values.sections}` : ''}): static HTML from \`npm run snippet\`.
     It shows without JavaScript. Add the widget's script to make it interactive and keep it current.
     Its "next review due" notice reflects the day it was generated: regenerate after content updates. -->
${markup}
`;
if (values.out) {
  mkdirSync(dirname(values.out), {recursive: true});
  writeFileSync(values.out, snippet);
  console.log(`wrote ${values.out} (${snippet.length} bytes)`);
} else {
  process.stdout.write(snippet);
}
