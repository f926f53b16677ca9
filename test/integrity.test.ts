import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

type SriWindow = Window & {__events: [string, string][]; __warnings: string[]; __tampered?: boolean};

/** The definition a term shows, wherever its pop-up lives. */
const TERM_TEXT = (term: Element) =>
  (term.getRootNode() as ParentNode).querySelector('sli-glossary-popup')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';

const settledWith = (type: string) => (win: Window) => ((win as SriWindow).__events ?? []).some(([t]) => t === type);

describe('Subresource Integrity for every CDN file (the import map of dist/cdn/snippet.html)', () => {
  it('loads the lazy Welsh file when it matches its hash', async () => {
    const frame = await loadFrame('/__test__/sri-page?tamper=0', settledWith('sli-content-load'), 8000);
    const win = frame.contentWindow as SriWindow;
    expect(win.__events).to.deep.equal([['sli-content-load', 'cy']]);
    const list = frame.contentDocument!.querySelector('symptom-list')!;
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal('Symptomau');
    frame.remove();
  });

  it('refuses a tampered lazy file: its code never runs, and the widget falls back with an event', async () => {
    const frame = await loadFrame('/__test__/sri-page?tamper=1', settledWith('sli-content-error'), 8000);
    const win = frame.contentWindow as SriWindow;
    expect(win.__tampered, 'the tampered line never ran').to.equal(undefined);
    expect(win.__events).to.deep.equal([['sli-content-error', 'locale-unavailable']]);
    const list = frame.contentDocument!.querySelector('symptom-list')!;
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal('Symptoms');
    expect(list.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.not.equal(null);
    frame.remove();
  });

  it('a standalone term whose language file is refused still shows a definition and reports it: an error event, no load event', async () => {
    const frame = await loadFrame('/__test__/sri-page?tamper=1&term=1', (win) => ((win as unknown as SriWindow).__events ?? []).filter(([t]) => t === 'sli-content-error').length === 2, 8000);
    const win = frame.contentWindow as SriWindow;
    expect(win.__events).to.deep.equal([
      ['sli-content-error', 'locale-unavailable'],
      ['sli-content-error', 'locale-unavailable'],
    ]);
    const term = frame.contentDocument!.querySelector<HTMLElement & {show(): void; updateComplete: Promise<unknown>}>('glossary-term')!;
    term.show();
    await term.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(TERM_TEXT(term)).to.contain('A build up of fluid in the tummy');
    frame.remove();
  });

  it('refuses a tampered drawing: the caption stays, and one warning says so for all the panels', async () => {
    const frame = await loadFrame('/__test__/sri-page?tamper=1&panel=1', (win) => ((win as unknown as SriWindow).__warnings ?? []).length > 0, 8000);
    const win = frame.contentWindow as SriWindow;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.__tampered).to.equal(undefined);
    expect(win.__warnings.filter((w) => w.includes('illustration could not be loaded'))).to.have.length(1);
    for (const panel of frame.contentDocument!.querySelectorAll('secondary-liver-info')) {
      expect(panel.shadowRoot!.querySelector('figure svg')).to.equal(null);
      expect(panel.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('bloodstream or lymphatic system');
    }
    frame.remove();
  });
});
