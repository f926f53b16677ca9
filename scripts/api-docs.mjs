#!/usr/bin/env node
// Writes the README's API tables from custom-elements.json (run `cem analyze` first), so the docs
// cannot drift from the JSDoc where the API is declared. `--check` fails instead of writing when
// the README differs; `npm test` runs it that way. Integrity hashes are not in the README: they
// change with every build, so the build writes them to dist/cdn/snippet.html.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {needsBuild} from './needs-build.mjs';

needsBuild(process.argv.includes('--check') ? 'check:docs' : 'docs', ['custom-elements.json']);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => `\`${text}\``;

const rows = [];
for (const el of elements) {
  for (const attr of el.attributes ?? [])
    rows.push([code(el.tagName), code(attr.name), attr.fieldName ? code(attr.fieldName) : '', cell(attr.description)]);
  for (const member of el.members ?? []) {
    if (member.kind !== 'field' || member.privacy !== 'public' || member.attribute || !member.description) continue;
    rows.push([code(el.tagName), '', code(member.name), cell(`${member.description} Type \`${member.type?.text ?? 'unknown'}\`.`)]);
  }
}
const table = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const attributes = table(['Element', 'Attribute', 'Property', 'Meaning'], rows);
const events = table(
  ['Element', 'Event', 'When, and `detail`'],
  elements.flatMap((el) => (el.events ?? []).map((e) => [code(el.tagName), code(e.name), cell(e.description)]))
);
const parts = table(
  ['Element', 'Part', 'What'],
  elements.flatMap((el) => (el.cssParts ?? []).map((p) => [code(el.tagName), code(p.name), cell(p.description)]))
);
const slots = table(
  ['Element', 'Slot', 'What'],
  elements.flatMap((el) => (el.slots ?? []).filter((slot) => slot.name).map((slot) => [code(el.tagName), code(slot.name), cell(slot.description)]))
);
// One row per element and property: each element documents its own default (the panel's text
// colour inherits, a pop-up's is the browser's), so rows are never merged across elements.
const READING_ORDER = ['secondary-liver-info', 'symptom-list', 'glossary-term'];
const properties = new Set(elements.flatMap((el) => (el.cssProperties ?? []).map((p) => p.name)));
const customProperties = table(
  ['Element', 'Property', 'What, and its default there'],
  [...elements]
    .sort((a, b) => READING_ORDER.indexOf(a.tagName) - READING_ORDER.indexOf(b.tagName))
    .flatMap((el) => (el.cssProperties ?? []).map((p) => [code(el.tagName), code(p.name), cell(p.description)]))
);

// Every custom property a stylesheet reads must be documented (and every documented one read).
const used = new Set(
  readdirSync('src/elements')
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(`src/elements/${file}`, 'utf8').matchAll(/var\((--sli-[\w-]+)/g)].map((m) => m[1]))
);
const undocumented = [...used].filter((name) => !properties.has(name));
const unused = [...properties.keys()].filter((name) => !used.has(name));
if (undocumented.length || unused.length) {
  console.error(`CSS custom properties: undocumented ${JSON.stringify(undocumented)}, documented but unused ${JSON.stringify(unused)} (see @cssproperty in src/elements)`);
  process.exit(1);
}


const generated = {attributes, slots, events, parts, 'custom-properties': customProperties};
const readme = readFileSync('README.md', 'utf8');
let next = readme;
for (const [name, content] of Object.entries(generated)) {
  const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  if (!pattern.test(next)) {
    console.error(`README.md lacks the <!-- generated:${name} --> markers`);
    process.exit(1);
  }
  next = next.replace(pattern, (_, open, close) => `${open}\n${content}\n${close}`);
}

if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API tables are out of date: run `npm run docs` and commit README.md.');
    process.exit(1);
  }
  console.log(`docs: README API tables match custom-elements.json (${elements.length} elements)`);
} else {
  writeFileSync('README.md', next);
  console.log('README.md updated from custom-elements.json');
}
