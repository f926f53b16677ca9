import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {$, textOf} from './helpers.js';
import './fixtures/clocks.js';

/** The element that has focus, through shadow roots. */
const focused = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

const hashChange = async (hash: string) => {
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
};

/** Lets the panel react to a fragment: its update, then scrolling and focus. */
const settled = async (el: SecondaryLiverInfo) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('deep links to sections', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#sli-outlook reaches the default panel: its heading has focus and is in view', async () => {
    const host = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div><secondary-liver-info></secondary-liver-info></div>`);
    const el = host.querySelector('secondary-liver-info') as SecondaryLiverInfo;
    await el.updateComplete;
    await hashChange('#sli-outlook');
    await settled(el);
    const heading = $(el, '#heading-outlook');
    expect(focused()).to.equal(heading);
    // A smooth scroll takes a moment.
    for (let i = 0; i < 60 && heading.getBoundingClientRect().top > innerHeight; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heading.getBoundingClientRect().top).to.be.within(-1, innerHeight);
    expect(textOf(heading)).to.equal('Outlook');
  });

  it('expands a collapsed section, and back and forward move between sections', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info collapsible></secondary-liver-info>`);
    const toggles: string[] = [];
    el.addEventListener('sli-section-toggle', (event) => toggles.push((event as CustomEvent).detail.section));
    await hashChange('#sli-tests');
    await settled(el);
    expect($(el, '#body-tests').hidden).to.equal(false);
    expect($(el, '[part~="section-tests"] [part~="section-toggle"]').getAttribute('aria-expanded')).to.equal('true');
    expect(focused()).to.equal($(el, '#heading-tests'));
    await hashChange('#sli-symptoms');
    await settled(el);
    expect(focused()).to.equal($(el, '#heading-symptoms'));
    const back = oneEvent(window, 'hashchange');
    history.back();
    await back;
    await settled(el);
    expect(location.hash).to.equal('#sli-tests');
    expect(focused()).to.equal($(el, '#heading-tests'));
    const forward = oneEvent(window, 'hashchange');
    history.forward();
    await forward;
    await settled(el);
    expect(focused()).to.equal($(el, '#heading-symptoms'));
    expect(toggles).to.deep.equal(['tests', 'symptoms']);
  });

  it('follows the fragment the page was opened with, once content is shown', async () => {
    history.replaceState(null, '', '#sli-treatment');
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info collapsible lang="ar"></secondary-liver-info>`);
    await settled(el);
    expect($(el, '#body-treatment').hidden).to.equal(false);
    expect(focused()).to.equal($(el, '#heading-treatment'));
    expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('ar');
  });

  it('#sli-<section> reaches the first panel showing it; #<id>-<section> the panel with that id', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <secondary-liver-info id="first" sections="outlook"></secondary-liver-info>
      <secondary-liver-info id="second" sections="symptoms outlook" lang="cy"></secondary-liver-info>
    </div>`);
    const [first, second] = [...host.querySelectorAll('secondary-liver-info')] as SecondaryLiverInfo[];
    await first!.updateComplete;
    await second!.updateComplete;
    await hashChange('#sli-symptoms');
    await settled(second!);
    expect(focused(), 'the first panel that shows symptoms').to.equal($(second!, '#heading-symptoms'));
    await hashChange('#sli-outlook');
    await settled(first!);
    expect(focused()).to.equal($(first!, '#heading-outlook'));
    await hashChange('#second-outlook');
    await settled(second!);
    expect(focused()).to.equal($(second!, '#heading-outlook'));
    // A fragment no panel answers changes nothing.
    await hashChange('#first-symptoms');
    await settled(first!);
    expect(focused()).to.equal($(second!, '#heading-outlook'));
  });

  it('leaves a fragment the page has its own element for to the browser', async () => {
    const host = await fixture<HTMLElement>(html`<div><h2 id="sli-symptoms" tabindex="-1">Host heading</h2><secondary-liver-info></secondary-liver-info></div>`);
    const el = host.querySelector('secondary-liver-info') as SecondaryLiverInfo;
    await el.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    await hashChange('#sli-symptoms');
    await settled(el);
    expect(focused()).to.not.equal($(el, '#heading-symptoms'));
  });

  it('scrolls without animation when the reader prefers reduced motion', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    const heading = $(el, '#heading-outlook');
    const calls: unknown[] = [];
    heading.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => void calls.push(options);
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({matches: query.includes('reduce'), media: query}) as MediaQueryList) as typeof matchMedia;
    try {
      await hashChange('#sli-outlook');
      await settled(el);
    } finally {
      window.matchMedia = original;
    }
    expect(calls).to.have.length(1);
    expect((calls[0] as ScrollIntoViewOptions).behavior).to.equal('auto');
  });
});
