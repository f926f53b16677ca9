// `secondary-liver-info snippet`, run as a web editor runs it, and its output passed through the
// sanitizers content systems use (scripts/build-test-snippets.mjs writes the same output for the
// browser suite, which checks it with axe). Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {parse, SANITIZERS} from './sanitizers.mjs';
import {BUILT_IN_LOCALES as LOCALES} from '../../scripts/built-in-locales.mjs';

const cli = new URL('../../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, 'snippet', ...args], {encoding: 'utf8', timeout: 60000});
const bundle = (locale) => JSON.parse(readFileSync(new URL(`../../locales/bundles/${locale}.json`, import.meta.url), 'utf8'));
const normalise = (text) => text.replace(/\s+/g, ' ').trim();
const plainText = (run) => (typeof run === 'string' ? run : run.text ?? run.em);
const richText = (runs) => runs.map(plainText).join('');

/** Every text a reader must find, from the bundle itself (the seed's facts, in that language). */
function facts(data) {
  const {sections} = data;
  return [
    data.meta.title,
    ...Object.values(sections).flatMap((s) => [
      s.heading,
      ...(s.body ?? []).map(richText),
      ...(s.intro ? (Array.isArray(s.intro[0]) ? s.intro.map(richText) : [richText(s.intro)]) : []),
      ...(s.items ?? []).map((item) => richText(item.text)),
      ...(s.caveat ?? []).map(richText),
      ...(s.curative ? [richText(s.curative), richText(s.palliative)] : []),
    ]),
    ...data.glossary.map((entry) => entry.definition),
    ...data.meta.references.map((ref) => ref.title),
    data.meta.source.name,
    richText(data.meta.referencesNote),
  ].map(normalise);
}

test('--help, a bad option and a bad value: clear messages, exit codes 0 and 2, nothing on stdout for errors', () => {
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--plain/);
  for (const args of [['--bogus'], ['--element', 'panel'], ['--heading-level', '9'], ['--locale', 'fr'], ['--sections', 'symptoms nonsense']]) {
    const result = run('--plain', ...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stdout, '', 'stdout stays clean');
    assert.match(result.stderr, /^secondary-liver-info snippet: /);
    assert.doesNotMatch(result.stderr, /at .*\.m?js:\d+/, 'no stack trace');
  }
});

test('the rich snippet carries its styles once, not once per glossary term', () => {
  const result = run('--locale', 'cy', '--sections', 'symptoms tests');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.match(/<style>/g)?.length, 1);
  assert.match(result.stdout, /^<!-- secondary-liver-info \(cy\)/, 'stdout is the snippet alone');
});

for (const locale of LOCALES) {
  const result = run('--plain', '--locale', locale, '--heading-level', '3');
  const html = result.stdout;
  const data = bundle(locale);

  test(`${locale}: the plain snippet uses only what sanitizers keep`, () => {
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(html, /<(style|script|template|svg|button|slot)\b|<[a-z]+-[a-z-]+[\s>]|style=|on[a-z]+=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href, /^(#|https:\/\/)/, href);
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.ok(ids.every((id) => id.startsWith(`sli-${locale.toLowerCase()}-`)), 'ids are prefixed');
  });

  for (const [name, sanitize] of Object.entries(SANITIZERS)) {
    test(`${locale}, ${name}: every fact, heading, notice and glossary link survives; no markup shows as text`, () => {
      const clean = sanitize(html);
      const doc = parse(clean);
      const text = normalise(doc.body.textContent);
      for (const fact of facts(data)) assert.ok(text.includes(fact), `missing after sanitizing: ${fact.slice(0, 80)}`);
      assert.doesNotMatch(text, /[{}]|<\/?[a-z]|:host|var\(--|@media|sli-/i, 'no CSS, markup or class names as text');
      const levels = (d) => [...d.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
      assert.deepEqual(levels(doc), levels(parse(html)), 'heading levels intact');
      assert.ok(levels(doc).every((level) => level >= 'h3'), 'nothing above the chosen level');
      const targets = new Set([...doc.querySelectorAll('[id]')].map((el) => el.id).concat([...doc.querySelectorAll('a[name]')].map((a) => a.getAttribute('name'))));
      const links = [...doc.querySelectorAll('a[href^="#"]')];
      assert.ok(links.length > 10, 'the glossary links are still links');
      for (const link of links) assert.ok(targets.has(link.getAttribute('href').slice(1)), `unresolved ${link.getAttribute('href')}`);
      // The notices come with it.
      if (data.meta.translation.status === 'unreviewed') assert.ok(doc.querySelectorAll('aside p, p').length > 3);
    });
  }
}

test('two snippets on one page: different sections give different ids, and --id-prefix separates identical ones', () => {
  const ids = (html) => [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
  const a = ids(run('--plain', '--sections', 'symptoms').stdout);
  const b = ids(run('--plain', '--sections', 'tests').stdout);
  const c = ids(run('--plain', '--sections', 'symptoms', '--id-prefix', 'second').stdout);
  assert.equal(new Set([...a, ...b]).size, a.length + b.length);
  assert.equal(new Set([...a, ...c]).size, a.length + c.length);
});

/** What each sanitizer does to the rich (declarative shadow DOM) snippet, as the CMS guide's table says. */
test('docs/guides/cms-snippets.md says what each sanitizer does to the rich snippet', () => {
  const rich = run('--locale', 'en-GB', '--sections', 'symptoms').stdout;
  const rows = Object.entries(SANITIZERS).map(([name, sanitize]) => {
    const clean = sanitize(rich);
    const doc = parse(clean);
    const kept = /<template shadowrootmode/.test(clean) && /<secondary-liver-info/.test(clean);
    const visibleCss = /\{[^}]*:[^}]*\}/.test(normalise(doc.body.textContent));
    const shown = kept ? 'the panel, styled' : visibleCss ? 'the text, with its CSS as visible text' : /feeling generally unwell/.test(doc.body.textContent) ? 'the text, unstyled' : 'nothing (blank)';
    return `| ${name} | ${kept ? 'kept' : 'stripped'} | ${shown} |`;
  });
  const table = ['| Sanitizer | Declarative shadow DOM | A reader with JavaScript off sees |', '|---|---|---|', ...rows].join('\n');
  const guide = readFileSync(new URL('../../docs/guides/cms-snippets.md', import.meta.url), 'utf8');
  assert.ok(guide.includes(table), `docs/guides/cms-snippets.md's rich-snippet table is stale; it should read:\n${table}`);
});

test('--structured-data: the same JSON-LD as the panel, in the rich snippet inside the element and after the plain one', async () => {
  const {medicalWebPage} = await import('../../dist/npm/structured-data/medical-web-page.js');
  const data = bundle('cy');
  const read = (html) => {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json" data-sli-structured-data>([^<]*)<\/script>/g)];
    assert.equal(blocks.length, 1, 'one block');
    return JSON.parse(blocks[0][1]);
  };
  const rich = run('--locale', 'cy', '--sections', 'symptoms tests', '--structured-data');
  assert.equal(rich.status, 0, rich.stderr);
  assert.match(rich.stdout, /<secondary-liver-info [^>]*structured-data[\s\S]*data-sli-structured-data>[^<]*<\/script><\/secondary-liver-info>/);
  assert.deepEqual(read(rich.stdout), JSON.parse(JSON.stringify(medicalWebPage(data, ['symptoms', 'tests'], (id) => `#sli-${id}`))));
  const plain = run('--plain', '--locale', 'cy', '--sections', 'symptoms tests', '--structured-data', '--id-prefix', 'faq');
  assert.equal(plain.status, 0, plain.stderr);
  const json = read(plain.stdout);
  assert.deepEqual(json.hasPart.map((part) => part.url), ['#faq-symptoms', '#faq-tests']);
  for (const part of json.hasPart) assert.match(plain.stdout, new RegExp(`<section id="${part.url.slice(1)}"`), 'each part links to its section');
  assert.equal(json.inLanguage, 'cy');
  assert.equal(json.about.code[1].codeValue, '94381002');
  // Without the flag, no block; and not for a symptom list.
  assert.doesNotMatch(run('--plain').stdout, /ld\+json/);
  assert.equal(run('--element', 'symptom-list', '--structured-data').status, 2);
});

test('--languages: the rich panel snippet carries the attribute and no list (it could not switch without the script); plain HTML and the symptom list refuse it', () => {
  const rich = run('--languages', '--locale', 'cy', '--sections', 'symptoms');
  assert.equal(rich.status, 0, rich.stderr);
  assert.match(rich.stdout, /<secondary-liver-info\s+lang="cy" sections="symptoms" heading-level="2" languages>/);
  assert.doesNotMatch(rich.stdout, /part="languages|part="language"|Dewis iaith/, 'no control that does nothing before the script');
  for (const args of [['--plain'], ['--element', 'symptom-list']]) {
    const refused = run('--languages', ...args);
    assert.equal(refused.status, 2, args.join(' '));
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /^secondary-liver-info snippet: --languages /);
  }
  assert.match(run('--plain', '--languages').stderr, /one snippet per language with --locale/);
});
