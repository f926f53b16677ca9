// Browser tests in Debian's Chromium, started as every other script here starts it (scripts/headless-chromium.mjs).
import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {defaultReporter} from '@web/test-runner';
import {testRoutes} from './test/server/test-routes.mjs';
import {CHROME_ARGS, CHROME_PATH} from './scripts/headless-chromium.mjs';

/** Ends the run with a plain `N passed, N failed` line that any CI log reader understands. */
function summaryReporter() {
  return {
    onTestRunFinished({sessions}) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) failed++;
      }
      process.on('exit', () => console.log(`\n${passed} passed, ${failed} failed`));
    },
  };
}

/**
 * Every test page fails the running test on a warning from Lit's development build (an update
 * scheduled after one completed, a property changed during update…): the suite runs in Lit's
 * development mode so that those warnings show, and a warning is a defect. Only the notice that
 * development mode is on is expected.
 */
const LIT_WARNINGS_FAIL = `
globalThis.litIssuedWarnings = new Set(['dev-mode']);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warn(...args);
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) setTimeout(() => { throw new Error('Lit warning: ' + text); });
};`;

export default {
  files: ['build/test/**/*.test.js'],
  // Lit's development build, for its warnings (above). The self-contained file under test is our
  // own production build either way, so the pages that load it test what hosts get.
  nodeResolve: {exportConditions: ['development']},
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>${LIT_WARNINGS_FAIL}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  concurrency: 1,
  plugins: [a11ySnapshotPlugin()],
  middleware: [testRoutes],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: {config: {timeout: 10000}},
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
};
