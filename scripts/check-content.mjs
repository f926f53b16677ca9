#!/usr/bin/env node
// `npm run check:content`: every shipped bundle valid and structurally equal to en-GB, every
// XLIFF message translated, the published JSON Schema current, no section text changed without a
// `meta.changes` entry (locales/content-hashes.json). Prints locale, path and reason.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {hashRecord, unrecordedChanges} from '../bin/content-manifest.mjs';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {needsBuild} from './needs-build.mjs';

needsBuild('check:content', ['build/src/bundle/validate-bundle.js'], 'npm run build:ts');
const {validateBundle} = await import('../build/src/bundle/validate-bundle.js');
const {compareWithSource} = await import('../build/src/bundle/compare-with-source.js');
const widgetFingerprints = await import('../build/src/bundle/translation-fingerprints.js');
const scriptFingerprints = await import('./translation-fingerprints.mjs');

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8'));
const failures = [];
const fail = (locale, path, reason) => failures.push(`${locale}: ${path}: ${reason}`);

const bundleFiles = readdirSync(`${root}locales/bundles`).filter((f) => f.endsWith('.json'));
const locales = bundleFiles.map((f) => f.replace(/\.json$/, ''));
for (const locale of [config.sourceLocale, ...config.targetLocales]) {
  if (!locales.includes(locale)) fail(locale, `locales/bundles/${locale}.json`, 'missing: lit-localize.json lists this locale');
}
for (const locale of locales) {
  if (locale !== config.sourceLocale && !config.targetLocales.includes(locale))
    fail(locale, `locales/bundles/${locale}.json`, 'not listed in lit-localize.json targetLocales, so it would never ship');
}

const read = (locale) => JSON.parse(readFileSync(`${root}locales/bundles/${locale}.json`, 'utf8'));
const source = validateBundle(read(config.sourceLocale));
for (const locale of locales) {
  const result = locale === config.sourceLocale ? source : validateBundle(read(locale));
  if (!result.valid) {
    for (const problem of result.problems) fail(locale, problem.path, problem.reason);
    continue;
  }
  const bundle = result.bundle;
  if (bundle.locale !== locale) fail(locale, '$.locale', `is ${JSON.stringify(bundle.locale)} but the file is ${locale}.json`);
  const expectedDir = new Intl.Locale(locale).getTextInfo?.().direction ?? (/^(ar|he|fa|ur)\b/.test(locale) ? 'rtl' : 'ltr');
  if (bundle.dir !== expectedDir) fail(locale, '$.dir', `is ${bundle.dir} but ${locale} is written ${expectedDir}`);
  if (locale === config.sourceLocale) continue;
  if (bundle.meta.translation.sourceLocale !== config.sourceLocale)
    fail(locale, '$.meta.translation.sourceLocale', `must be ${config.sourceLocale}`);
  if (bundle.meta.translation.status === 'original') fail(locale, '$.meta.translation.status', 'a translation cannot be "original"');
  if (source.valid) for (const problem of compareWithSource(source.bundle, bundle)) fail(locale, problem.path, problem.reason);
}

// Every hedge of the source survives translation, as far as a word list can tell: where an en-GB
// text says "might", "may", "usually", "sometimes", "could" or "possible", the same text in each
// translation must contain one of that language's words for it. Medical certainty must not grow
// in translation.
const HEDGES = {
  'en-GB': /\b(might|may|usually|sometimes|could|possible)\b/i,
  cy: /\b(gall|gallai|gallant|gallent|gallu|efallai|fel arfer|weithiau|posibl)\b/i,
  pl: /(może|mogą|możesz|możliwe|zazwyczaj|czasem|czasami)/i,
  ar: /(قد|يمكن|يمكنها|عادةً|أحيانًا|المحتملة|الممكن|ممكن)/,
  ro: /(poate|pot|putea|posibil|posibile|posibilă|de obicei|uneori)/i,
  ur: /(سکتا|سکتی|سکتے|ممکن|ممکنہ|عام طور پر|کبھی کبھی|کبھی کبھار|شاید)/,
  bn: /(পারে|পারেন|সম্ভব|সম্ভাব্য|সাধারণত|কখনও|কখনো)/,
  pa: /(ਸਕਦਾ|ਸਕਦੀ|ਸਕਦੇ|ਸੰਭਵ|ਸੰਭਾਵੀ|ਆਮ ਤੌਰ|ਕਦੇ-ਕਦੇ|ਕਦੇ ਕਦੇ)/,
};
const richTextOf = (value) => value.map((run) => (typeof run === 'string' ? run : run.text ?? run.em)).join('');
const isRichText = (value) => Array.isArray(value) && value.every((run) => typeof run === 'string' || (run && typeof run === 'object' && ('text' in run || 'em' in run)));
/** Every text of a bundle by a path that is the same in every language (items and entries by id). */
function textsByPath(value, path = '$', out = new Map()) {
  if (typeof value === 'string') out.set(path, value);
  else if (isRichText(value)) out.set(path, richTextOf(value));
  else if (Array.isArray(value)) value.forEach((item, i) => textsByPath(item, `${path}[${item?.id ?? i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) if (!['references', '$schema'].includes(key)) textsByPath(child, `${path}.${key}`, out);
  return out;
}
const sourceTexts = textsByPath(read(config.sourceLocale));
for (const locale of config.targetLocales) {
  const hedge = HEDGES[locale];
  if (!hedge) {
    fail(locale, 'scripts/check-content.mjs', 'no hedge words listed for this language');
    continue;
  }
  const texts = textsByPath(read(locale));
  for (const [path, text] of sourceTexts) {
    if (!HEDGES['en-GB'].test(text)) continue;
    if (!hedge.test(texts.get(path) ?? '')) fail(locale, path, `the source hedges ("${text.match(HEDGES['en-GB'])[0]}") but the translation has no hedge word`);
  }
}

// Every translated string records the English it was made from. A string whose English changed
// since is listed (a warning, not a failure: an English correction may ship before its
// translations, and the widget marks the sections concerned until they catch up). The scripts'
// copy of the rules (used before TypeScript is compiled) must agree with the widget's.
const stale = [];
for (const locale of config.targetLocales) {
  if (!locales.includes(locale)) continue;
  const english = read(config.sourceLocale);
  const translation = read(locale);
  const problems = scriptFingerprints.staleStrings(english, translation);
  if (JSON.stringify(problems) !== JSON.stringify(widgetFingerprints.staleStrings(english, translation)))
    fail(locale, 'scripts/translation-fingerprints.mjs', 'disagrees with src/bundle/translation-fingerprints.ts: keep the two copies of the rules the same');
  if (!translation.meta.translation.fingerprints) fail(locale, '$.meta.translation.fingerprints', 'is missing: run `npm run fingerprints -- ' + locale + '`');
  for (const problem of problems) {
    if (problem.untracked) fail(locale, problem.path, `${problem.reason}: run \`npm run fingerprints -- ${locale}\``);
    else stale.push(`${locale}: ${problem.path}: ${problem.reason}`);
  }
}
if (stale.length) {
  console.warn(`check:content: ${stale.length} translated string(s) behind the English (shown marked in the widget until updated; after updating one, run \`npm run fingerprints -- <locale> --updated <path>\`):`);
  for (const line of stale) console.warn(`  ${line}`);
}

// Every message in every XLIFF file has a non-empty target.
for (const locale of config.targetLocales) {
  const file = `${config.interchange.xliffDir.replace(/^\.\//, '')}${locale}.xlf`;
  let xliff;
  try {
    xliff = readFileSync(`${root}${file}`, 'utf8');
  } catch {
    fail(locale, file, 'missing: run `npm run localize:extract`');
    continue;
  }
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target[^>]*>[^<\s][\s\S]*?<\/target>/.test(body)) fail(locale, `${file} trans-unit ${id}`, 'has no translation (<target>)');
  }
  // The language list names each language in itself (sli.languageName): as CLDR writes the
  // language's own name (Node's full ICU), capitalised as at the start of a list item. A wrong
  // name, script or spelling would hide a language from the readers who look for it.
  const name = /<trans-unit id="sli\.languageName">[\s\S]*?<target>([^<]*)<\/target>/.exec(xliff)?.[1]?.trim();
  const cldr = new Intl.DisplayNames([locale], {type: 'language'}).of(locale);
  const autonym = cldr && cldr !== locale ? cldr[0].toLocaleUpperCase(locale) + cldr.slice(1) : undefined;
  if (!autonym) fail(locale, 'scripts/check-content.mjs', `Node's ICU has no name of ${locale} in itself to check sli.languageName against`);
  else if (name !== autonym) fail(locale, `${file} trans-unit sli.languageName`, `is ${JSON.stringify(name)}; CLDR names the language ${JSON.stringify(autonym)}`);
}

// A section's text changes only with a new `meta.changes` entry naming it, so readers see
// "Updated on …" and partners polling `secondary-liver-info manifest` learn of it. The hashes and
// change counts last accepted are in locales/content-hashes.json; `--record-hashes` rewrites it.
const hashesFile = `${root}locales/content-hashes.json`;
const current = hashRecord(locales.map(read));
if (process.argv.includes('--record-hashes')) {
  writeFileSync(hashesFile, `${JSON.stringify(current, null, 2)}\n`);
  console.log('recorded section hashes in locales/content-hashes.json');
} else {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(hashesFile, 'utf8'));
  } catch {
    fail('all', 'locales/content-hashes.json', 'missing or not JSON: run `npm run check:content -- --record-hashes`');
  }
  if (recorded) for (const {locale, path, reason} of unrecordedChanges(current, recorded)) fail(locale, path, reason);
}

try {
  execFileSync(process.execPath, [`${root}scripts/json-schema.mjs`, '--check'], {stdio: 'pipe'});
} catch (error) {
  fail('schema', 'schema/content-bundle.schema.json', String(error.stderr).trim());
}

if (failures.length) {
  console.error(`check:content found ${failures.length} problem(s):`);
  for (const line of failures) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`check:content: ${locales.length} bundle(s) valid and complete (${locales.join(', ')}); hedges kept; fingerprints recorded (${stale.length} stale); XLIFF complete, languages named as CLDR names them; JSON Schema current; every section change recorded.`);
