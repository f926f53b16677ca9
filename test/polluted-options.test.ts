import {expect} from '@open-wc/testing';
import {cloneEnGB} from './fixtures/bundles.js';
import {textOf} from './helpers.js';
import {loadFrame} from './page-frame.js';

type Panel = HTMLElement & {bundle: unknown; updateComplete: Promise<unknown>};

// The page sets Object.prototype.slotAssignment, method, body, mode, calendar and
// numberingSystem before the widget's script runs (test/pages/polluted-options.html).
describe('options a polluted page cannot steer', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;

  before(async () => {
    frame = await loadFrame('/test/pages/polluted-options.html', (win) => {
      const partner = win.document.querySelector('#partner');
      return !!partner?.shadowRoot?.querySelector('[part~="heading"]') && textOf(partner.shadowRoot.querySelector('[part~="base"]')).includes('Partner copy');
    });
    doc = frame.contentDocument!;
  });
  after(() => frame.remove());

  it('the page really is polluted', () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    expect(({} as {slotAssignment?: string}).slotAssignment, 'this window is clean').to.equal(undefined);
    expect(win.eval('({}).slotAssignment')).to.equal('manual');
    expect(win.eval('({}).method')).to.equal('POST');
  });

  it('slotAssignment: a glossary word stays in its sentence', () => {
    const term = doc.querySelector<HTMLElement>('glossary-term')!;
    // A term has no shadow root of its own: its word is the page's text. Rendered: it takes up space.
    expect(term.shadowRoot).to.equal(null);
    expect(term.textContent).to.equal('ascites');
    expect(term.getBoundingClientRect().width).to.be.greaterThan(10);
    // The shared pop-up's own shadow root is made from a clean options bag too.
    term.click();
    const holder = doc.querySelector('sli-glossary-popup')!;
    expect(holder.shadowRoot!.slotAssignment).to.equal('named');
    expect(holder.shadowRoot!.querySelector('[part~="toggletip"]')!.matches(':popover-open')).to.equal(true);
    term.click();
    for (const panel of doc.querySelectorAll('secondary-liver-info')) expect(panel.shadowRoot!.slotAssignment).to.equal('named');
  });

  it('method, body and mode: the partner bundle is fetched with a CORS GET', async () => {
    const request = await (await fetch('/__test__/last-bundle-request')).json();
    expect(request.method).to.equal('GET');
    expect(request.secFetchMode).to.equal('cors');
    expect(request.cookie).to.equal(null);
    const partner = doc.querySelector('#partner')!;
    expect(textOf(partner.shadowRoot!.querySelector('[part~="heading"]'))).to.not.equal('');
    expect(partner.shadowRoot!.querySelector('[part~="fallback-notice"]'), 'the load did not fail').to.equal(null);
  });

  it('calendar and numberingSystem: review dates stay Gregorian, in the language\'s own digits', async () => {
    const panel = doc.querySelector('#us') as Panel;
    const bundle = cloneEnGB();
    bundle.locale = 'en-US';
    const loaded = new Promise((resolve) => panel.addEventListener('sli-content-load', resolve, {once: true}));
    panel.bundle = bundle;
    await loaded;
    await panel.updateComplete;
    const dates = [...panel.shadowRoot!.querySelectorAll('[part~="about"] time')].map((time) => textOf(time));
    expect(dates.length).to.be.at.least(2);
    // en-US through Intl: "July 24, 2023", not "Muharram ٧, ١٤٤٥ AH".
    expect(dates).to.include('July 24, 2023');
    for (const date of dates) expect(date).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });
});
