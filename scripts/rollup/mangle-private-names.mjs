// The names of our classes' TypeScript-private members, which the CDN build may shorten, as Lit's
// own build does for its privates. A name qualifies only if it is safe to rename everywhere in the
// bundle: declared `private` and never public in our type declarations, never read as `.name` by
// Lit, and never a key of content bundles (which arrive as JSON and are not renamed).
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const files = (dir, ending) =>
  readdirSync(dir, {recursive: true})
    .map(String)
    .filter((file) => file.endsWith(ending))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');

export function privateNames({declarations = 'dist/npm', bundle = 'locales/bundles/en-GB.json'} = {}) {
  const types = files(declarations, '.d.ts');
  const lit = ['lit-html/lit-html.js', 'lit-element/lit-element.js', '@lit/reactive-element/reactive-element.js', '@lit/reactive-element/css-tag.js']
    .map((path) => readFileSync(join('node_modules', path), 'utf8'))
    .join('\n');
  const bundleKeys = new Set([...readFileSync(bundle, 'utf8').matchAll(/"(\w+)":/g)].map((m) => m[1]));
  const declared = [...types.matchAll(/^\s+private\s+(?:readonly\s+)?(\w+)/gm)].map((m) => m[1]);
  const isPublicSomewhere = (name) => new RegExp(`^\\s+(?:readonly\\s+|static\\s+|get\\s+|set\\s+)*${name}\\??[(:;<]`, 'm').test(types);
  return [...new Set(declared)].filter(
    (name) => name.length >= 5 && !isPublicSomewhere(name) && !new RegExp(`\\.${name}\\b`).test(lit) && !bundleKeys.has(name)
  );
}
