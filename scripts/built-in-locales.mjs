// The languages the widget ships, from the one list that decides them (lit-localize.json), for
// scripts and Node tests that go through every language.
import {readFileSync} from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

/** Every built-in locale, the embedded source locale first. */
export const BUILT_IN_LOCALES = [config.sourceLocale, ...config.targetLocales];
