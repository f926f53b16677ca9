import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {builtInEnGB} from './fixtures/bundles.js';
import {nextFrame} from './helpers.js';
import {a11ySnapshot} from '@web/test-runner-commands';
import './fixtures/clocks.js';

type Run = string | {text?: string; em?: string};
const plain = (runs: readonly Run[]) => runs.map((run) => (typeof run === 'string' ? run : run.text ?? run.em)).join('');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every fact of the default panel, as the bundle has it. */
function facts(): string[] {
  const s = builtInEnGB.sections;
  return [
    ...s['what-is-it'].body.map(plain),
    plain(s['which-cancers'].intro),
    ...s['which-cancers'].items.map((item) => plain(item.text)),
    plain(s.symptoms.intro),
    ...s.symptoms.items.map((item) => plain(item.text)),
    ...s.symptoms.caveat.map(plain),
    ...s.tests.intro.map(plain),
    ...s.tests.items.map((item) => plain(item.text)),
    plain(s.treatment.curative),
    plain(s.treatment.palliative),
    ...s.outlook.body.map(plain),
  ].map(squash);
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('light-dom attribute', () => {
  it('places the host\'s support content where the slot is, under "Who to contact", after the outlook and before About', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info light-dom collapsible>
      <div slot="support"><p>Call the specialist nurse team.</p></div>
    </secondary-liver-info>`);
    await nextFrame();
    const support = el.querySelector<HTMLElement>('[part~="support"]')!;
    expect(support.hidden).to.equal(false);
    expect(support.querySelector('[slot="support"]')?.textContent).to.contain('Call the specialist nurse team.');
    expect(support.textContent).to.contain('Who to contact');
    const outlook = el.querySelector('[part~="section-outlook"]')!;
    const about = el.querySelector('[part~="about"]')!;
    expect(outlook.compareDocumentPosition(support) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(support.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // A later render (another language) keeps it in place, once.
    el.lang = 'cy';
    await el.updateComplete;
    await nextFrame();
    expect(el.querySelectorAll('[slot="support"]')).to.have.length(1);
    expect(el.querySelector('[part~="support"] > [slot="support"]')).to.not.equal(null);
    expect(squash(document.body.innerText).split('Call the specialist nurse team.')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('renders the default panel in the page: no shadow root, every fact once in innerText', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info light-dom></secondary-liver-info>`);
    await nextFrame();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('[part~="base"]')).to.not.equal(null);
    const text = squash(document.body.innerText);
    // Each fact once (short ones, such as "lung cancer", are also part of longer ones).
    for (const fact of facts().filter((f) => f.length > 40)) expect(occurrences(text, fact), fact).to.equal(1);
    // Each heading once, as a line of its own (the source's name also holds the first one's words).
    const lines = document.body.innerText.split('\n').map((line) => line.trim());
    for (const id of Object.keys(builtInEnGB.sections)) expect(lines.filter((line) => line === builtInEnGB.sections[id as 'tests'].heading), id).to.have.length(1);
    await expect(el).to.be.accessible();

    // The accessibility tree: each section heading and each list item once.
    type Node = {role: string; name: string; children?: Node[]};
    const all: Node[] = [];
    const walk = (node: Node) => {
      all.push(node);
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as Node);
    for (const id of Object.keys(builtInEnGB.sections)) {
      const name = builtInEnGB.sections[id as 'tests'].heading;
      expect(all.filter((node) => node.role === 'heading' && node.name === name), name).to.have.length(1);
    }
    // Puppeteer's snapshot keeps text, not list wrappers: each item's text once (items without terms).
    const sections = builtInEnGB.sections;
    const plainItems = [...sections['which-cancers'].items, ...sections.symptoms.items, ...sections.tests.items]
      .filter((item) => item.text.length === 1 && typeof item.text[0] === 'string')
      .map((item) => item.text[0] as string);
    expect(plainItems.length).to.be.greaterThan(10);
    for (const item of plainItems) expect(all.filter((node) => node.role === 'StaticText' && node.name === item), item).to.have.length(1);
  });

  it('Reader View (Mozilla Readability on a cloned document) extracts every section', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<main><p>A hospital page about liver care.</p><secondary-liver-info light-dom></secondary-liver-info></main>`);
    await (el.querySelector('secondary-liver-info') as SecondaryLiverInfo).updateComplete;
    // Readability is CommonJS: load it as a classic script, as Firefox's reader does.
    if (!(window as any).Readability) {
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/node_modules/@mozilla/readability/Readability.js';
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    }
    const article = new (window as any).Readability(document.cloneNode(true)).parse();
    const text = squash(article.textContent);
    for (const fact of facts()) expect(text, fact).to.contain(fact);
  });

  it('keeps ids unique with several panels and lists, and the accessibility tree has each heading and item once', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <secondary-liver-info light-dom collapsible sections="symptoms tests"></secondary-liver-info>
      <secondary-liver-info light-dom lang="ar" sections="symptoms"></secondary-liver-info>
      <symptom-list light-dom></symptom-list>
    </div>`);
    for (const el of host.children) await (el as SecondaryLiverInfo).updateComplete;
    const ids = [...host.querySelectorAll('[id]')].map((node) => node.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').to.deep.equal([]);
    for (const ref of host.querySelectorAll('[aria-controls], [aria-labelledby]')) {
      const target = ref.getAttribute('aria-controls') ?? ref.getAttribute('aria-labelledby');
      expect(host.querySelector(`#${target}`), target!).to.not.equal(null);
    }
    const ar = host.children[1]!.querySelector('[part~="base"]')!;
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(ar).direction).to.equal('rtl');
    await expect(host).to.be.accessible();
  });

  it('keeps its styles inside: host content is not touched, and host type rules do not reach in', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <style>
        .host-test ul { padding-inline-start: 99px; }
        .host-test * { line-height: 0; }
        .host-test li { list-style: none; }
      </style>
      <ul class="outside"><li>Host list</li></ul>
      <div class="host-test"><symptom-list light-dom></symptom-list></div>
    </div>`);
    const list = host.querySelector('symptom-list') as SymptomList;
    await list.updateComplete;
    const outside = host.querySelector<HTMLElement>('.outside')!;
    const before = getComputedStyle(outside).paddingInlineStart;
    // The widget's `* { box-sizing }` and heading sizes stay inside its scope.
    expect(getComputedStyle(outside).boxSizing).to.equal('content-box');
    expect(before).to.equal('40px');
    const item = list.querySelector('li')!;
    // `.host-test *` weighs no more than the widget's reset: it stays out. `.host-test li` weighs
    // more, and reaches a property the widget does not set itself: the light DOM's trade-off.
    expect(getComputedStyle(item).listStyleType, 'a more specific host rule reaches in').to.equal('none');
    expect(parseFloat(getComputedStyle(item).lineHeight)).to.be.greaterThan(parseFloat(getComputedStyle(item).fontSize));
    expect(getComputedStyle(list.querySelector('ul')!).paddingInlineStart).to.not.equal('99px');
    const heading = list.querySelector<HTMLElement>('[part~="heading"]')!;
    expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(item).fontSize));
  });

  it('stays legible and laid out under the hostile host CSS (`* { line-height: 0 }`, `[hidden] { display: block !important }`)', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <link rel="stylesheet" href="/test/pages/hostile.css" />
      <secondary-liver-info light-dom collapsible sections="symptoms tests"></secondary-liver-info>
    </div>`);
    const link = host.querySelector('link')!;
    if (!link.sheet) await new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
    const panel = host.querySelector('secondary-liver-info') as SecondaryLiverInfo;
    await panel.updateComplete;
    const root = panel.querySelector<HTMLElement>('[part~="base"]')!;
    const style = getComputedStyle(root);
    expect(parseFloat(style.fontSize)).to.be.at.least(15);
    expect(parseFloat(style.lineHeight)).to.be.greaterThan(parseFloat(style.fontSize));
    const item = panel.querySelector('[part~="section-symptoms"] li')!;
    expect(parseFloat(getComputedStyle(item).lineHeight), 'items too').to.be.greaterThan(parseFloat(getComputedStyle(item).fontSize));
    expect(panel.querySelector('[part~="heading"]')!.getBoundingClientRect().height).to.be.greaterThan(15);
    const collapsed = panel.querySelector<HTMLElement>('[part~="section-tests"] > :last-child')!;
    expect(collapsed.hasAttribute('hidden')).to.equal(true);
    expect(collapsed.getBoundingClientRect().height).to.equal(0);
  });

  it('works with structured data and section links in the light DOM', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info light-dom collapsible structured-data sections="symptoms outlook"></secondary-liver-info>`);
    const blocks = el.querySelectorAll(':scope > script[type="application/ld+json"]');
    expect(blocks).to.have.length(1);
    expect(JSON.parse(blocks[0]!.textContent!).hasPart).to.have.length(2);
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, {once: true}));
    location.hash = '#sli-outlook';
    await changed;
    await import('../src/deep-links/follow-hash.js');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    const heading = el.querySelector('[part~="section-outlook"] [part~="heading"]')!;
    expect(document.activeElement).to.equal(heading);
    expect(el.querySelector<HTMLElement>('[part~="section-outlook"] > :last-child')!.hidden).to.equal(false);
    history.replaceState(null, '', location.pathname + location.search);
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelectorAll('script')).to.have.length(0);
  });
});
