import {expect, fixture} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {setViewport} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {AFTER_DUE, onDay} from './fixtures/clocks.js';
import {contrast} from './fixtures/contrast.js';
import {expectTargetsLargeEnough} from './target-size.js';

// The widget on pages built with the two themes hosts use most for health content: Bootstrap 5
// and NHS.UK Frontend 10, their real CSS from the registry, their own markup around the widget.
// In both render modes, in en-GB and Arabic (right to left), the host's own elements keep every
// computed style they had before the widget came, and the widget keeps its layout and stays
// accessible under the theme's rules.

const HOSTS = {
  bootstrap: {
    css: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
    // Nothing of Bootstrap reaches the widget's content in the page.
    reachesIn: [] as RegExp[],
    markup: `<div class="container"><div class="row"><main class="col-md-10">
      <h1 class="display-6">Liver services</h1>
      <p class="lead">Information for patients of the liver unit.</p>
      <div class="widget-here"></div>
      <h2>Your appointment</h2>
      <p>Bring a list of your medicines. <a href="#book">Change your appointment</a>.</p>
      <ul><li>Arrive 15 minutes early.</li><li>Bring your letter.</li></ul>
      <ol class="list-group list-group-numbered"><li class="list-group-item">Check in</li><li class="list-group-item">Wait to be called</li></ol>
      <div class="alert alert-warning" role="note">Parking is limited.</div>
      <div class="card"><div class="card-body"><h3 class="card-title h5">Contact us</h3><p class="card-text">Ring the unit.</p><button type="button" class="btn btn-primary">Call back</button></div></div>
      <table class="table"><caption>Opening times</caption><thead><tr><th scope="col">Day</th><th scope="col">Hours</th></tr></thead><tbody><tr><td>Monday</td><td>9 to 5</td></tr></tbody></table>
      <details><summary>More</summary><p>Directions.</p></details>
    </main></div></div>`,
  },
  'NHS.UK Frontend': {
    css: '/node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css',
    // `ul + h4:not([class^=nhsuk-caption]) { padding-top: 8px }` weighs more than the widget's reset
    // (see docs/guides/light-dom.md): a little more room above References, after the list before it.
    reachesIn: [/^<h4 heading> padding-(top|block-start): 0px -> padding-(top|block-start): 8px$/, /^<(h4 heading|footer about|section base)> (height|block-size): /],
    markup: `<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper"><div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      <h1>Liver services</h1>
      <p class="nhsuk-lede-text">Information for patients of the liver unit.</p>
      <div class="widget-here"></div>
      <h2>Your appointment</h2>
      <p class="nhsuk-body">Bring a list of your medicines. <a href="#book">Change your appointment</a>.</p>
      <ul class="nhsuk-list nhsuk-list--bullet"><li>Arrive 15 minutes early.</li><li>Bring your letter.</li></ul>
      <ul><li>A list without a class</li></ul>
      <div class="nhsuk-inset-text"><p>Parking is limited.</p></div>
      <div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label">Important</h3><p>Do not eat before the scan.</p></div>
      <button class="nhsuk-button" type="button">Call back</button>
      <details class="nhsuk-details"><summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">More</span></summary><div class="nhsuk-details__text"><p>Directions.</p></div></details>
      <table class="nhsuk-table"><caption class="nhsuk-table__caption">Opening times</caption><thead><tr><th scope="col">Day</th><th scope="col">Hours</th></tr></thead><tbody><tr><td>Monday</td><td>9 to 5</td></tr></tbody></table>
    </div></div></main></div>`,
  },
} as const;

// Sizes that follow from the page's width (a scrollbar comes with the widget's length), not from any rule.
const LAYOUT = /^(width|height|inline-size|block-size|transform-origin|perspective-origin)$/;

/** Every computed property of every host element outside the widget, one string each. */
function hostStyles(page: Element): Map<Element, string> {
  const styles = new Map<Element, string>();
  const widget = page.querySelector('.widget-here')!;
  for (const element of page.querySelectorAll('*')) {
    if (widget.contains(element)) continue;
    for (const pseudo of [null, '::before', '::after', '::marker']) {
      const style = getComputedStyle(element, pseudo);
      const values = [...style].filter((name) => !LAYOUT.test(name)).map((name) => `${name}: ${style.getPropertyValue(name)}`);
      styles.set(element, `${styles.get(element) ?? ''}${pseudo ?? ''}{${values.join('; ')}}`);
    }
  }
  return styles;
}

const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

/**
 * Every computed property (custom properties aside) of every element the widget renders, and of
 * the host's support content, in document order: what a reader sees of it.
 */
async function renderedStyles(slot: Element, light: boolean, lang: string): Promise<[string, string][]> {
  slot.innerHTML = `<secondary-liver-info ${light ? 'light-dom' : ''} lang="${lang}" collapsible feedback></secondary-liver-info>
    <symptom-list ${light ? 'light-dom' : ''} lang="${lang}"><p slot="support">Ring <a href="#nurses">the liver nurses</a>.</p></symptom-list>`;
  const [panel, list] = [...slot.children] as SecondaryLiverInfo[];
  await panel!.updateComplete;
  await list!.updateComplete;
  panel!.renderRoot.querySelector<HTMLButtonElement>('[part~="toggle-all"]')!.click();
  await panel!.updateComplete;
  // The chevrons turn with a transition: read them once they have.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const out: [string, string][] = [];
  for (const el of [panel!, list!]) {
    const rendered = [...el.renderRoot.querySelectorAll('*')].filter((node) => !/^(style|slot)$/.test(node.localName) && !node.closest('[slot]'));
    for (const node of [...rendered, ...el.querySelectorAll('[slot="support"], [slot="support"] *')]) {
      const style = getComputedStyle(node);
      // Not the drawing's animated stroke, nor the origins that follow from the box's size.
      const values = [...style].filter((name) => !/^(--|stroke-dashoffset$|transform-origin$|perspective-origin$)/.test(name)).map((name) => `${name}: ${style.getPropertyValue(name)}`);
      out.push([`<${node.localName} ${node.getAttribute('part') ?? node.getAttribute('slot') ?? ''}>`, values.join('; ')]);
    }
  }
  return out;
}

async function addTheme(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = reject)));
  document.head.append(link);
  await loaded;
  return link;
}

for (const [name, host] of Object.entries(HOSTS)) {
  describe(`on a ${name} page`, () => {
    let theme: HTMLLinkElement;
    before(async () => (theme = await addTheme(host.css)));
    after(() => theme.remove());

    for (const mode of ['light-dom', 'shadow DOM'] as const) {
      for (const lang of ['en-GB', 'ar']) {
        const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
          (mode === 'light-dom' ? el : el.shadowRoot!).querySelector<T>(selector)!;
        const qq = (el: Element, selector: string) => [...(mode === 'light-dom' ? el : el.shadowRoot!).querySelectorAll<HTMLElement>(selector)];

        it(`${mode}, ${lang}: leaves the host's own elements exactly as styled, and holds its layout`, () =>
          onDay(AFTER_DUE, async () => {
            const page = await fixture<HTMLElement>(html`<div lang="en-GB">${unsafeStatic(host.markup)}</div>`);
            // The page before the widget came: without any sheet the widget adopts into the document.
            const adopted = [...document.adoptedStyleSheets];
            document.adoptedStyleSheets = [];
            const before = hostStyles(page);
            document.adoptedStyleSheets = adopted;

            const slot = page.querySelector('.widget-here')!;
            slot.innerHTML = '';
            const panel = document.createElement('secondary-liver-info') as SecondaryLiverInfo;
            const list = document.createElement('symptom-list') as SymptomList;
            for (const el of [panel, list]) {
              if (mode === 'light-dom') el.setAttribute('light-dom', '');
              el.lang = lang;
            }
            panel.collapsible = true;
            panel.headingLevel = 2;
            list.headingLevel = 2;
            slot.append(panel, list);
            await panel.updateComplete;
            await list.updateComplete;
            q<HTMLButtonElement>(panel, '[part~="toggle-all"]').click();
            await panel.updateComplete;

            // Nothing of ours reached the host's elements.
            const afterStyles = hostStyles(page);
            const changed = [...before].filter(([element, style]) => afterStyles.get(element) !== style).map(([element]) => element.outerHTML.slice(0, 60));
            expect(changed, 'host elements whose computed style changed').to.deep.equal([]);

            // Headings sized by role, never below the body text.
            const body = px(q(panel, '[part~="section-symptoms"] li'));
            const title = px(qq(panel, '[part~="heading"]')[0]!);
            const section = px(q(panel, '[part~="section-symptoms"] [part~="heading"]'));
            // About's own heading is a section heading; References, under it, a sub-heading.
            const sub = px(qq(panel, '[part~="about"] [part~="heading"]')[1]!);
            expect(title, 'title above section headings').to.be.greaterThan(section);
            expect(section, 'section headings above sub-headings').to.be.greaterThan(sub);
            expect(sub, 'sub-headings not below the body text').to.be.at.least(body);
            expect(px(q(list, '[part~="heading"]'))).to.be.greaterThan(px(q(list, 'li')));
            // Headings keep their space above and below; the host's heading colour or margins do not squeeze them.
            const sectionHeading = q(panel, '[part~="section-symptoms"] [part~="heading"]');
            expect(parseFloat(getComputedStyle(sectionHeading).marginBlockStart)).to.be.greaterThan(0);

            // Lists: bullets, indented, lines taller than their text.
            for (const ul of [q(panel, '[part~="section-symptoms"] [part~="list"]'), q(list, '[part~="list"]')]) {
              const style = getComputedStyle(ul);
              expect(style.listStyleType, 'bullets').to.equal('disc');
              expect(parseFloat(style.paddingInlineStart), 'indented').to.be.at.least(16);
              const item = ul.querySelector('li')!;
              expect(getComputedStyle(item).display).to.equal('list-item');
              expect(parseFloat(getComputedStyle(item).lineHeight)).to.be.greaterThan(parseFloat(getComputedStyle(item).fontSize));
            }
            // Reading direction follows the content, whatever the page's.
            expect(getComputedStyle(q(panel, '[part~="base"]')).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');

            // The callout (review overdue on this day): its own colours, framed, legible.
            const callout = q(panel, '[part~="callout"]');
            const calloutStyle = getComputedStyle(callout);
            expect(calloutStyle.backgroundColor).to.equal('rgb(255, 244, 206)');
            expect(contrast(calloutStyle.color, calloutStyle.backgroundColor)).to.be.at.least(4.5);
            expect(parseFloat(calloutStyle.borderInlineStartWidth)).to.be.at.least(2);
            expect(parseFloat(calloutStyle.paddingInlineStart)).to.be.at.least(8);

            // Buttons: at least 24 by 24 px, our shape, and a visible focus ring.
            const buttons = qq(panel, 'button');
            expect(buttons.length).to.be.greaterThan(3);
            for (const button of buttons) {
              const box = button.getBoundingClientRect();
              if (!box.width) continue;
              expect(box.height, button.textContent!).to.be.at.least(24);
              expect(box.width, button.textContent!).to.be.at.least(24);
            }
            const toggle = q<HTMLButtonElement>(panel, '[part~="section-toggle"]');
            toggle.focus();
            expect(toggle.matches(':focus-visible')).to.equal(true);
            const ring = getComputedStyle(toggle);
            expect(ring.outlineStyle, 'focus ring').to.not.equal('none');
            expect(parseFloat(ring.outlineWidth), 'focus ring width').to.be.at.least(2);
            toggle.blur();
            await expectTargetsLargeEnough(panel, 3);
            await expect(page).to.be.accessible();
          }));

        if (mode === 'light-dom')
          it(`light-dom, ${lang}: every element the widget renders, and the host's support content, look as they do through the shadow root`, async () => {
            const page = await fixture<HTMLElement>(html`<div lang="en-GB">${unsafeStatic(host.markup)}</div>`);
            const slot = page.querySelector('.widget-here')!;
            const shadow = await renderedStyles(slot, false, lang);
            const light = await renderedStyles(slot, true, lang);
            expect(light.map(([tag]) => tag)).to.deep.equal(shadow.map(([tag]) => tag));
            const differences = new Set<string>();
            light.forEach(([tag, style], i) => {
              const other = shadow[i]![1].split('; ');
              style.split('; ').forEach((declaration, j) => declaration !== other[j] && differences.add(`${tag} ${other[j]} -> ${declaration}`));
            });
            expect([...differences].filter((difference) => !host.reachesIn.some((known) => known.test(difference)))).to.deep.equal([]);
          });

        it(`${mode}, ${lang}: reflows at 320 px with no horizontal scroll`, async () => {
          await setViewport({width: 320, height: 640});
          try {
            const page = await fixture<HTMLElement>(html`<div lang="en-GB">${unsafeStatic(host.markup)}</div>`);
            page.querySelector('.widget-here')!.innerHTML = `<secondary-liver-info ${mode === 'light-dom' ? 'light-dom' : ''} lang="${lang}" collapsible></secondary-liver-info><symptom-list ${mode === 'light-dom' ? 'light-dom' : ''} lang="${lang}"></symptom-list>`;
            const panel = page.querySelector('secondary-liver-info') as SecondaryLiverInfo;
            await panel.updateComplete;
            await (page.querySelector('symptom-list') as SymptomList).updateComplete;
            q<HTMLButtonElement>(panel, '[part~="toggle-all"]').click();
            await panel.updateComplete;
            const root = document.documentElement;
            expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
            for (const el of qq(panel, '[part~="base"] *')) {
              const box = el.getBoundingClientRect();
              if (box.width) expect(box.right, el.outerHTML.slice(0, 60)).to.be.at.most(root.clientWidth + 0.5);
            }
          } finally {
            await setViewport({width: 800, height: 600});
          }
        });
      }
    }
  });
}
