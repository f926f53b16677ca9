// The language list (`languages`) and its strings: in its own lazy file, and nowhere else a
// default panel or a language's lazy file would download them. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {BUILT_IN_LOCALES} from '../../scripts/built-in-locales.mjs';

const dist = new URL('../../dist/cdn/', import.meta.url);
const chunks = readdirSync(new URL('chunks/', dist));
const read = (file) => readFileSync(new URL(file, dist), 'utf8');
const [listFile, ...others] = chunks.filter((file) => file.startsWith('language-list-'));
const xliffTarget = (locale, id) =>
  new RegExp(`<trans-unit id="${id.replace('.', '\\.')}">[\\s\\S]*?<target>([^<]*)</target>`).exec(readFileSync(new URL(`../../locales/xliff/${locale}.xlf`, import.meta.url), 'utf8'))[1];

test('one lazy file holds the list, with every built-in language named in itself', () => {
  assert.ok(listFile, 'dist/cdn/chunks/language-list-*.js');
  assert.deepEqual(others, []);
  const list = read(`chunks/${listFile}`);
  for (const locale of BUILT_IN_LOCALES) assert.ok(list.includes(JSON.stringify(locale)), locale);
  for (const locale of BUILT_IN_LOCALES.slice(1)) {
    for (const id of ['sli.languageName', 'sli.chooseLanguage', 'sli.shownInLanguage', 'sli.languageUnreviewed'])
      assert.ok(list.includes(xliffTarget(locale, id).replace(/&apos;/g, "'")), `${locale} ${id}`);
  }
  assert.ok(list.includes('Choose a language') && list.includes('English'));
});

test("the list's strings are in neither the self-contained file nor any language's lazy file", () => {
  const main = read('secondary-liver-info.js');
  assert.ok(!main.includes('Choose a language'));
  assert.ok(!main.includes('Original version'));
  for (const locale of BUILT_IN_LOCALES.slice(1)) {
    const file = chunks.find((name) => name.startsWith(`${locale}-`));
    const code = read(`chunks/${file}`);
    assert.ok(code.includes('sli.readInEnglish'), `${file} keeps its other UI strings`);
    for (const id of ['sli.languageName', 'sli.chooseLanguage', 'sli.shownInLanguage', 'sli.languageOriginal', 'sli.languageUnreviewed', 'sli.languageReviewed'])
      assert.ok(!code.includes(id), `${locale}: ${id} in ${file}`);
    for (const id of ['sli.chooseLanguage', 'sli.shownInLanguage'])
      assert.ok(!code.includes(xliffTarget(locale, id).replace(/&apos;/g, "'")), `${locale}: the text of ${id} in ${file}`);
  }
});
