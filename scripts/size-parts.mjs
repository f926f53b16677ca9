#!/usr/bin/env node
// `npm run size:parts` (after `npm run build`): what the self-contained file is made of, as each
// part's share of its gzip size. Each module is minified on its own, the results are joined, and
// a part's share is how much smaller the joined gzip gets without it, so words a part shares with
// the rest (gzip stores them once) are not counted against it. Approximate: the real file is
// minified as a whole.
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {minify} from 'terser';
import {needsBuild} from './needs-build.mjs';

needsBuild('size:parts', ['build/src/define/all.js']);
const {default: config} = await import('../rollup.config.mjs');

const PARTS = {
  'Lit': (id) => id.includes('/node_modules/'),
  'embedded en-GB page and glossary': (id) => id.includes('/generated/content/'),
  'styles': (id) => id.includes('.styles.'),
  '<glossary-term>': (id) => id.endsWith('/elements/glossary-term.js'),
  'panel, symptom list and their rendering': (id) => /\/rendering\/|\/elements\//.test(id),
  'language, content loading, events, registration': () => true,
};

const main = config.at(-1);
const bundle = await rollup({...main, plugins: main.plugins.filter((plugin) => !['terser', 'print-integrity'].includes(plugin.name))});
const {output} = await bundle.generate(main.output);
const modules = [];
for (const [id, {code}] of Object.entries(output.find((chunk) => chunk.isEntry).modules)) {
  if (code) modules.push({id, code: (await minify(code, {module: false, compress: {passes: 2}})).code});
}
const gzip = (list) => gzipSync(list.map((m) => m.code).join('\n'), {level: 9}).length;
const whole = gzip(modules);
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
console.log('share of the self-contained file, gzip (approximate; see the header of this script)');
const left = new Set(modules);
for (const [part, test] of Object.entries(PARTS)) {
  const inPart = [...left].filter((m) => test(m.id));
  inPart.forEach((m) => left.delete(m));
  console.log(`  ${kib(whole - gzip(modules.filter((m) => !inPart.includes(m)))).padStart(10)}  ${part} (${inPart.length} modules)`);
}
