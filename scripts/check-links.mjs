#!/usr/bin/env node
// Part of `npm run check:docs`: every relative link and image in README.md, CONTRIBUTING.md,
// CHANGELOG.md and docs/**/*.md points at a file or folder of this repository, and every
// `#fragment` at a heading (or id) of the Markdown file it names, so moving a page or renaming a
// heading cannot leave a dead link. Reads only the sources: no build needed.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, normalize, relative} from 'node:path';
import {anchors, relativeLinks} from './markdown-links.mjs';

const root = new URL('..', import.meta.url).pathname;
const files = [
  ...['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].filter((file) => existsSync(join(root, file))),
  ...readdirSync(join(root, 'docs'), {recursive: true})
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file))
    .sort(),
];
const anchorsOf = new Map();
const anchorsIn = (file) => {
  if (!anchorsOf.has(file)) anchorsOf.set(file, anchors(readFileSync(join(root, file), 'utf8')));
  return anchorsOf.get(file);
};

const problems = [];
let count = 0;
for (const file of files) {
  for (const link of relativeLinks(readFileSync(join(root, file), 'utf8'))) {
    count++;
    const where = `${file}:${link.line}: ${link.target}`;
    const target = link.path === '' ? file : normalize(join(dirname(file), link.path));
    if (target.startsWith('..') || link.path.startsWith('/')) {
      problems.push(`${where}: points outside the repository (links are relative to the file, so they work in the package too)`);
      continue;
    }
    if (!existsSync(join(root, target))) {
      problems.push(`${where}: ${target} does not exist`);
      continue;
    }
    if (link.fragment === undefined || !target.endsWith('.md') || statSync(join(root, target)).isDirectory()) continue;
    if (!anchorsIn(target).has(link.fragment)) {
      const near = [...anchorsIn(target)].filter((a) => a.includes(link.fragment.split('-')[0])).slice(0, 3);
      problems.push(`${where}: ${relative('.', target)} has no heading for #${link.fragment}${near.length ? ` (did you mean ${near.map((a) => `#${a}`).join(', ')}?)` : ''}`);
    }
  }
}

if (problems.length) {
  console.error(`check:docs: ${problems.length} dead link${problems.length === 1 ? '' : 's'} in the docs:`);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error('Fix the link, or the heading it names (GitHub makes #fragments from heading text: lower case, punctuation dropped, spaces as hyphens).');
  process.exit(1);
}
console.log(`docs: ${count} relative links in ${files.length} files resolve`);
