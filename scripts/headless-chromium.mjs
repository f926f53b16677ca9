// How scripts outside the test runner start Debian's Chromium: no downloaded browser, no sandbox
// (CI runs as root), and no background networking on a closed network.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'];
