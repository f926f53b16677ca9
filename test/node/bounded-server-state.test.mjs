// A server that takes `lang` from a URL or Accept-Language renders one panel per request: a
// client that sends a new tag every time must not grow the process's memory. Needs `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../dist/npm/define/all.js';
import {cachedLanguageTagCount} from '../../dist/npm/i18n/locales.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const renderToString = (template) => collectResultSync(render(template));

/** Three kinds of hostile tag, each distinct: over-long, well-formed private use, malformed. */
const hostileTag = (i) => {
  const id = i.toString(36).padStart(8, '0');
  if (i % 3 === 0) return `${id}-${'a'.repeat(1000)}`;
  if (i % 3 === 1) return `en-x-${id}`;
  return `zz_${id}`;
};

function renderMany(from, count) {
  for (let i = from; i < from + count; i++) {
    const out = renderToString(html`<symptom-list lang=${hostileTag(i)}></symptom-list>`);
    if (i % 1000 === 0) assert.match(out, /feeling generally unwell/, 'each still renders the built-in content');
  }
}

function heapAfterGc() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test('many distinct lang values: the language tables stay at 64 tags and the heap stays flat', () => {
  const warn = console.warn;
  const warnings = [];
  console.warn = (message) => warnings.push(message);
  try {
    // Warm up: Lit's template caches, the JIT, the first tables.
    renderMany(0, 1500);
    const before = heapAfterGc();
    renderMany(1500, 9000);
    const after = heapAfterGc();
    assert.ok(cachedLanguageTagCount() <= 64, `tables hold ${cachedLanguageTagCount()} tags`);
    // Unbounded, 9,000 more tags cost about 1.1 KB each (~10 MB). Bounded, only noise remains.
    const grewKb = (after - before) / 1024;
    assert.ok(grewKb < 1024, `heap grew ${grewKb.toFixed(0)} KB over 9,000 distinct tags`);
    // A server render logs nothing per request, so hostile tags cannot fill the host's logs either.
    assert.deepEqual(warnings, []);
  } finally {
    console.warn = warn;
  }
});
