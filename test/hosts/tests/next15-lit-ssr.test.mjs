// @lit-labs/nextjs deep-renders Lit elements in a Next.js 15 App Router app (the plugin declares
// Next 13-15 and does not install beside Next 16, so the app has its own install:
// `npm run hosts:install`). The default elements, from the npm pack tarball, must be in the
// server's HTML with every section, on a page rendered per request, and hydrate in Chromium with
// no error. `npm run test:hosts` at the root runs it after the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, rmSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../../../scripts/headless-chromium.mjs';

const app = new URL('../next15-lit/', import.meta.url).pathname;
const next = `${app}node_modules/next/dist/bin/next`;
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};
const SECTION_HEADINGS = ['What is secondary liver cancer?', 'Which cancers spread to the liver?', 'Symptoms', 'Tests for secondary liver cancer', 'Treatment', 'Outlook'];

test('Next.js 15 + @lit-labs/nextjs: the default panel is in the server HTML, whole, and hydrates without errors', {timeout: 400000}, async () => {
  assert.ok(existsSync(next), 'the app is installed (npm run hosts:install)');
  const tarball = new URL('../node_modules/secondary-liver-info/', import.meta.url).pathname;
  assert.ok(existsSync(tarball), 'the unpacked tarball (test/hosts/build.mjs)');
  rmSync(`${app}node_modules/secondary-liver-info`, {recursive: true, force: true});
  cpSync(tarball, `${app}node_modules/secondary-liver-info`, {recursive: true});
  rmSync(`${app}.next`, {recursive: true, force: true});
  const build = spawnSync(process.execPath, [next, 'build'], {cwd: app, env, encoding: 'utf8', timeout: 360000});
  assert.equal(build.status, 0, `next build failed:\n${build.stdout}\n${build.stderr}`);

  const port = 32000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {cwd: app, env, stdio: ['ignore', 'ignore', 'pipe']});
  let serverErrors = '';
  server.stderr.on('data', (chunk) => (serverErrors += chunk));
  const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
  try {
    let response;
    for (let i = 0; ; i++) {
      try {
        response = await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch (error) {
        if (i > 80) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    assert.equal(response.status, 200);
    const html = (await response.text()).replace(/<!--[^>]*-->/g, '').replace(/&#x27;|&#39;/g, "'");
    const panel = html.slice(html.indexOf('<secondary-liver-info'), html.indexOf('</secondary-liver-info>'));
    assert.match(panel, /<template shadowroot(mode)?="open"/, 'a declarative shadow root');
    for (const heading of SECTION_HEADINGS) assert.ok(panel.includes(`>${heading}</h3>`), `server HTML has "${heading}"`);
    assert.match(html, /<symptom-list[\s\S]*feeling generally unwell[\s\S]*<\/symptom-list>/);

    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('secondary-liver-info')?.hasUpdated, null, {timeout: 20000});
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sections = await page.evaluate(() => document.querySelector('secondary-liver-info').shadowRoot.querySelectorAll('[part~="section"]').length);
    assert.equal(sections, 6);
    const styled = await page.evaluate(() => [...document.querySelectorAll('secondary-liver-info, symptom-list')].map((element) => element.shadowRoot.adoptedStyleSheets.length > 0));
    assert.deepEqual(styled, [true, true], 'each element keeps its styles after replacing the server HTML');
    assert.deepEqual(problems, [], 'no errors and no hydration mismatch in the console');
    assert.doesNotMatch(serverErrors, /unhandledRejection|Error/, serverErrors);
  } finally {
    await browser.close();
    server.kill();
  }
});
