#!/usr/bin/env node
// `npm run fingerprints -- <locale>… [--updated <json-path>]… [--on YYYY-MM-DD]`: records, in each
// translated bundle, the fingerprint of the en-GB text each string translates (meta.translation
// .fingerprints). Strings with no record are stamped; a stale string keeps its old record (so it
// stays marked) until the translator has updated it and names it with --updated. The date is
// today unless --on gives it.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {fingerprint, translatableTexts} from './translation-fingerprints.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8'));
const args = process.argv.slice(2);
const locales = [];
const updated = new Set();
let on = new Date().toISOString().slice(0, 10);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--updated') updated.add(args[++i]);
  else if (args[i] === '--on') on = args[++i];
  else locales.push(args[i]);
}
if (!locales.length || !/^\d{4}-\d{2}-\d{2}$/.test(on ?? '') || [...updated].some((p) => !p)) {
  console.error('usage: npm run fingerprints -- <locale>… [--updated <json-path>]… [--on YYYY-MM-DD]');
  process.exit(1);
}
const file = (locale) => `${root}locales/bundles/${locale}.json`;
const english = translatableTexts(JSON.parse(readFileSync(file(config.sourceLocale), 'utf8')));
for (const path of updated) {
  if (!english.has(path)) {
    console.error(`fingerprints: ${path} is not a text of the ${config.sourceLocale} bundle`);
    process.exit(1);
  }
}
for (const locale of locales) {
  if (!config.targetLocales.includes(locale)) {
    console.error(`fingerprints: ${locale} is not a translated locale (lit-localize.json targetLocales)`);
    process.exit(1);
  }
  const bundle = JSON.parse(readFileSync(file(locale), 'utf8'));
  const previous = new Map((bundle.meta.translation.fingerprints ?? []).map((entry) => [entry.path, entry]));
  let stamped = 0;
  bundle.meta.translation.fingerprints = [...english].map(([path, text]) => {
    const old = previous.get(path);
    if (old && !updated.has(path)) return old;
    stamped++;
    return {path, sourceFingerprint: fingerprint(text), translatedOn: on};
  });
  writeFileSync(file(locale), `${JSON.stringify(bundle, null, 2)}\n`);
  console.log(`fingerprints: ${locale}: ${stamped} string(s) stamped on ${on}, ${english.size - stamped} kept`);
}
