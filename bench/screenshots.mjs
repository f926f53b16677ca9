#!/usr/bin/env node
// `npm run screenshots` (after `npm run build`): every demo page in every locale, in headless
// Debian Chromium, at 320 and 1280 px, in forced-colours mode, in the dark theme and as printed.
// PNGs go to screenshots/ (git-ignored). `--readme` also refreshes the small README image.
// playwright-core is bench/'s own install, which `npm run screenshots` brings when needed.
import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../scripts/headless-chromium.mjs';
import {startStaticServer} from '../scripts/static-server.mjs';
import {BUILT_IN_LOCALES as LOCALES} from '../scripts/built-in-locales.mjs';
import {needsBuild} from '../scripts/needs-build.mjs';

needsBuild('screenshots', ['dist/cdn/secondary-liver-info.js']);

const PAGES = ['index', 'hospital', 'charity', 'portal', 'theming', 'broken-src'];
const MODES = [
  {name: '320', width: 320},
  {name: '1280', width: 1280},
  {name: 'forced-colors', width: 1280, media: {forcedColors: 'active'}},
  {name: 'dark', width: 1280, media: {colorScheme: 'dark'}},
  {name: 'print', width: 1280, media: {media: 'print'}},
];

const server = await startStaticServer();
const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
mkdirSync('screenshots', {recursive: true});
let count = 0;
const problems = [];
try {
  for (const mode of MODES) {
    const context = await browser.newContext({viewport: {width: mode.width, height: 900}, colorScheme: 'light', reducedMotion: 'reduce'});
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    if (mode.media) await page.emulateMedia(mode.media);
    for (const name of PAGES) {
      for (const locale of LOCALES) {
        await page.goto(`${server.origin}/demo/${name}.html?lang=${locale}`, {waitUntil: 'networkidle'});
        await page.waitForFunction(() =>
          [...document.querySelectorAll('secondary-liver-info, symptom-list')].every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'))
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0 && mode.name === '320') problems.push(`${name} ${locale}: ${overflow}px of horizontal overflow at 320px`);
        await page.screenshot({path: `screenshots/${name}.${locale}.${mode.name}.png`, fullPage: true});
        count++;
      }
    }
    await context.close();
  }
  if (process.argv.includes('--readme')) {
    // As every visitor sees it today: no fixed date, so a passed review date shows its notice.
    const shots = [
      {file: 'docs/panel.png', page: 'hospital', locale: 'en-GB', width: 1024, height: 900, selector: 'article'},
      {file: 'docs/phone-cy.png', page: 'charity', locale: 'cy', width: 375, height: 760, selector: 'secondary-liver-info'},
      {file: 'docs/phone-ar.png', page: 'charity', locale: 'ar', width: 375, height: 760, selector: 'secondary-liver-info'},
    ];
    mkdirSync('docs', {recursive: true});
    for (const shot of shots) {
      const context = await browser.newContext({viewport: {width: shot.width, height: 900}, deviceScaleFactor: 1, reducedMotion: 'reduce'});
      const page = await context.newPage();
      await page.goto(`${server.origin}/demo/${shot.page}.html?lang=${shot.locale}`, {waitUntil: 'networkidle'});
      await page.waitForTimeout(300);
      const box = await page.locator(shot.selector).first().boundingBox();
      await page.screenshot({path: shot.file, fullPage: true, clip: {x: 0, y: Math.max(0, box.y - 16), width: shot.width, height: Math.min(box.height + 16, shot.height)}});
      await context.close();
      console.log(`wrote ${shot.file}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in screenshots/`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
