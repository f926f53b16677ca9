#!/usr/bin/env node
// `npx secondary-liver-info validate path/to/bundle.json`: checks a content bundle against the
// schema and against the structure of the en-GB source, for partners and translators.
// `npx secondary-liver-info snippet [options]`: static HTML of the built-in content (bin/snippet.mjs).
// `npx secondary-liver-info cdn-snippet --base <url>`: integrity import map and script tag for a self-hosted copy.
// `npx secondary-liver-info manifest`: what changed in the built-in content, as JSON (bin/content-manifest.mjs).
//
// It reads only the regular file it is given, and no more of it than the widget would accept:
// no symbolic links (a committed link to an env file must not be printed), no devices or FIFOs
// (which never end), nothing over the widget's 512 KB cap, nothing but strict UTF-8. Its messages
// name JSON paths and reasons, never the file's content. Exit codes: 0 valid, 1 invalid, 2 usage
// or a file it will not read, or any internal error.
import {existsSync} from 'node:fs';
import {printable, readLimitedTextFile, Refusal} from './cli-files.mjs';

const USAGE = `usage: secondary-liver-info validate <bundle.json>
       secondary-liver-info snippet [--plain] [options]   (snippet --help for the options)
       secondary-liver-info cdn-snippet --base <https URL of your copy of dist/cdn/>
       secondary-liver-info manifest   (JSON: per built-in language, the content version, review
                                        dates, translation status, changes and a hash per section)`;
const MAX_BUNDLE_BYTES = 512 * 1024;
const MAX_LINES = 50;

/** The bundle file's text, or why the widget would not take it (the same size limit). */
function readBundleFile(file) {
  const read = readLimitedTextFile(file, MAX_BUNDLE_BYTES);
  if (!('tooLarge' in read)) return read;
  return {
    tooLarge:
      read.tooLarge === undefined
        ? `is larger than ${MAX_BUNDLE_BYTES} bytes, the widget's limit`
        : `is ${read.tooLarge} bytes; the widget accepts at most ${MAX_BUNDLE_BYTES}`,
  };
}

/** Prints at most `MAX_LINES` problems, each a JSON path and a reason; returns exit code 1. */
function invalid(file, problems) {
  const shown = problems.length > MAX_LINES ? `, the first ${MAX_LINES} shown` : '';
  // Paths carry the bundle's own key names: escaped, so none can drive the terminal.
  console.error(`${printable(file)}: ${problems.length} problem(s)${shown}`);
  for (const {path, reason} of problems.slice(0, MAX_LINES)) console.error(`  ${printable(path)}: ${printable(reason)}`);
  return 1;
}

async function main(args) {
  const [command, file, ...rest] = args;
  // Only in a clone of the repository, never in the published package: say what to run first.
  if (['snippet', 'validate', 'cdn-snippet'].includes(command) && !existsSync(new URL('../dist/npm/index.js', import.meta.url))) {
    const hint = 'dist/ is missing (nothing is built yet); run `npm run build` first';
    // The snippet command's one failure line and status, whatever failed.
    if (command === 'snippet') console.error(`secondary-liver-info snippet: failed, nothing written (${hint})`);
    else console.error(`secondary-liver-info ${command}: ${hint}`);
    return command === 'snippet' ? 1 : 2;
  }
  if (command === 'snippet') return (await import('./snippet.mjs')).snippet(args.slice(1));
  if (command === 'cdn-snippet') return (await import('./cdn-snippet.mjs')).cdnSnippet(args.slice(1));
  if (command === 'manifest') {
    if (args.length > 1) {
      console.error(USAGE);
      return 2;
    }
    console.log(JSON.stringify((await import('./content-manifest.mjs')).manifest(), null, 2));
    return 0;
  }
  if (command === '--help' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || !file || rest.length) {
    console.error(USAGE);
    return 2;
  }
  let read;
  try {
    read = readBundleFile(file);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`${printable(file)}: ${error.message}`);
    return 2;
  }
  if (read.tooLarge) return invalid(file, [{path: '$', reason: read.tooLarge}]);
  if (read.notUtf8) return invalid(file, [{path: '$', reason: 'is not valid UTF-8 text'}]);
  let data;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    // The parser's message quotes the text around the error; report only where it is.
    const position = /position (\d+)/.exec(String(error.message))?.[1];
    return invalid(file, [{path: '$', reason: `is not JSON${position ? ` (error at character ${position})` : ''}`}]);
  }
  const [{validateBundle}, {compareWithSource}, {bundle: enGB}, {partnerWarnings}, {staleStrings}] = await Promise.all([
    import('../dist/npm/bundle/validate-bundle.js'),
    import('../dist/npm/bundle/compare-with-source.js'),
    import('../dist/npm/generated/content/en-GB.js'),
    import('../dist/npm/bundle/partner-warnings.js'),
    import('../dist/npm/bundle/translation-fingerprints.js'),
  ]);
  const result = validateBundle(data);
  if (!result.valid) return invalid(file, result.problems);
  const differences = compareWithSource(enGB, result.bundle);
  if (differences.length) return invalid(file, differences);
  // What a publisher needs but the widget can do without: said, never refused (status stays 0).
  for (const {path, reason} of partnerWarnings(result.bundle)) console.error(`warning: ${printable(path)}: ${printable(reason)}`);
  const {locale, meta} = result.bundle;
  console.log(`${printable(file)}: valid ${locale} bundle, structurally complete against en-GB (translation status: ${meta.translation.status})`);
  // A translation of en-GB that records fingerprints is checked against the English built in: each
  // string translated from English that has changed since is named (the widget marks its section).
  if (meta.translation.status !== 'original' && meta.translation.sourceLocale === enGB.locale) {
    const stale = staleStrings(enGB, result.bundle);
    if (!meta.translation.fingerprints) console.log(`${printable(file)}: records no fingerprints of the English it translates, so it cannot be checked for stale strings`);
    else if (!stale.length) console.log(`${printable(file)}: every translated string matches the current English`);
    for (const {path, reason} of stale) console.log(`${printable(file)}: ${printable(path)}: ${printable(reason)}`);
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // No stack trace: it could quote the input.
  console.error(`secondary-liver-info: internal error (${error?.name ?? 'error'}); please report it`);
  process.exitCode = 2;
}
