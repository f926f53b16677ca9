// Browser tests in Debian's Chromium (no browser download). As root, Chromium needs --no-sandbox.
import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: {exportConditions: ['production']},
  concurrency: 1,
  plugins: [a11ySnapshotPlugin()],
  testFramework: {config: {timeout: 10000}},
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
};
