// A script run on a fresh clone (no build/, no dist/) says in one line which command to run first,
// instead of a module-not-found stack trace.
import {existsSync} from 'node:fs';

/** Exits with status 1 and one line on standard error when any of `paths` (from the project root) is missing. */
export function needsBuild(script, paths, command = 'npm run build') {
  const missing = paths.find((path) => !existsSync(new URL(`../${path}`, import.meta.url)));
  if (missing === undefined) return;
  console.error(`${script}: ${missing} is missing (nothing is built yet); run \`${command}\` first`);
  process.exit(1);
}

// As a command, for package.json scripts that run a tool directly: `node scripts/needs-build.mjs <script> <path>…`.
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const [script, ...paths] = process.argv.slice(2);
  needsBuild(script, paths);
}
