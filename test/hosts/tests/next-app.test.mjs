// A Next.js 16 App Router app, built from the npm pack tarball (test/hosts/build.mjs unpacks it
// into test/hosts/node_modules), server-rendered and hydrated in Chromium: `next build`
// type-checks its TSX with the shipped JSX types, and after hydration the wrapper's properties
// and event props work. `npm run test:hosts` at the root runs it after the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, rmSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../../../scripts/headless-chromium.mjs';

const next = new URL('../node_modules/next/dist/bin/next', import.meta.url).pathname;
// A copy, so that .next/ and next-env.d.ts stay out of the sources.
const app = new URL('../build/next/', import.meta.url).pathname;
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};

test('Next.js App Router: server rendering, hydration, properties and events through the wrapper', {timeout: 240000}, async () => {
  assert.ok(existsSync(new URL('../node_modules/secondary-liver-info/package.json', import.meta.url)), 'the unpacked tarball');
  rmSync(app, {recursive: true, force: true});
  cpSync(new URL('../next', import.meta.url), app, {recursive: true});
  const build = spawnSync(process.execPath, [next, 'build'], {cwd: app, env, encoding: 'utf8', timeout: 180000});
  assert.equal(build.status, 0, `next build failed:\n${build.stdout}\n${build.stderr}`);

  const port = 31000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {cwd: app, env, stdio: 'ignore'});
  const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // Resource failures are judged by URL below (the app has no favicon); every other console error counts.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`));
    for (let i = 0; ; i++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        break;
      } catch (error) {
        if (i > 60) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    // The server's HTML has the tags; the client upgrades and fills them as soon as the widget's
    // script runs, usually before React hydrates: the wrapper still hands each handler its
    // element's sli-content-load, once.
    await page.waitForFunction(() => document.querySelector('#wrapped')?.shadowRoot?.querySelector('h3'), null, {timeout: 15000});
    await page.waitForFunction(() => ['default load', 'default list load', 'load'].every((name) => window.__events?.some(([n]) => n === name)), null, {timeout: 15000});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const loads = await page.evaluate(() => window.__events.filter(([name]) => name.endsWith('load')));
    assert.deepEqual(loads.sort(), [['default list load', 'built-in'], ['default load', 'built-in'], ['load', 'built-in']], 'each handler heard its load once');
    const defaultSections = await page.evaluate(() => document.querySelector('secondary-liver-info').shadowRoot.querySelectorAll('[part~="section"]').length);
    assert.equal(defaultSections, 6, 'the default panel shows all six sections');
    const heading = () => page.evaluate(() => document.querySelector('#wrapped')?.shadowRoot?.querySelector('[part~="heading"]')?.localName);
    assert.equal(await heading(), 'h3', 'headingLevel, a property, survived hydration');
    assert.equal(await page.evaluate(() => !!document.querySelector('#wrapped').shadowRoot.querySelector('figure')), false, 'noIllustration too');
    await page.evaluate(() => window.__setLevel(5));
    await page.waitForFunction(() => document.querySelector('#wrapped').shadowRoot.querySelector('h5'));
    await page.evaluate(() =>
      document.querySelector('#wrapped').shadowRoot.querySelector('glossary-term').click()
    );
    await page.waitForFunction(() => window.__events.some(([name]) => name === 'open'));
    assert.ok(await page.evaluate(() => !!document.querySelector('#plain').shadowRoot?.querySelector('li')), 'the plain tag renders too');
    assert.deepEqual(problems, [], 'no errors and no hydration mismatch in the console');
  } finally {
    await browser.close();
    server.kill();
  }
});
