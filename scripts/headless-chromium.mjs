// How everything here starts Debian's Chromium (the test runner, screenshots, benchmarks): no
// downloaded browser, no sandbox (CI runs as root), no background networking on a closed network.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
