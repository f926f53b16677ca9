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

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: {exportConditions: ['production']},
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
