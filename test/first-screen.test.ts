import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

// Issue 24, decision 3: the self-contained file carries the panel's first screen; everything
// below it (and the glossary pop-up) comes in one chunk that the file requests as soon as it runs.
// These pages hold that chunk back, or fail it, to see each state a reader could meet.

type FirstScreenWindow = Window & {__events: [string, string, boolean][]; __problems: string[]};
type Panel = HTMLElement & {updateComplete: Promise<boolean>};
type Term = HTMLElement & {show(): void; open: boolean; updateComplete: Promise<unknown>};

const panelOf = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<Panel>('secondary-liver-info')!;
const rendered = (win: Window) => !!win.document.querySelector('secondary-liver-info')?.shadowRoot?.querySelector('[part~="section-outlook"]');
const partsRequests = (win: Window) => win.performance.getEntriesByType('resource').filter((entry) => /\/chunks\/parts-[\w-]+\.js$/.test(entry.name));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the first screen comes from the self-contained file alone', () => {
  it('while the other parts are on their way: every section shows, nothing below them yet, no event, updateComplete waits', async () => {
    const frame = await loadFrame('/__test__/first-screen?parts=held', rendered, 8000);
    const win = frame.contentWindow as FirstScreenWindow;
    const root = panelOf(frame).shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Secondary liver cancer');
    expect(root.querySelectorAll('[part~="section"]')).to.have.length(6);
    expect(root.querySelector('[part~="section-what-is-it"] p')!.textContent).to.contain('liver');
    expect(root.querySelector('[part~="about"]'), 'About this information comes with the parts').to.equal(null);
    expect(root.querySelector('[part~="parts-notice"]'), 'no failure notice while they load').to.equal(null);
    expect(win.__events, 'sli-content-load waits for the complete panel').to.deep.equal([]);
    let completed = false;
    void panelOf(frame).updateComplete.then(() => (completed = true));
    await sleep(100);
    expect(completed, 'updateComplete waits for the parts').to.equal(false);

    // A reader who opens a term before the pop-up has arrived sees it open once it has.
    const term = frame.contentDocument!.querySelector<Term>('glossary-term')!;
    expect(term.getAttribute('role'), 'an unopened term is a button from the first screen on').to.equal('button');
    term.show();

    await fetch('/__test__/release-parts');
    await panelOf(frame).updateComplete;
    await term.updateComplete;
    expect(root.querySelector('[part~="about"]')).to.not.equal(null);
    expect(root.querySelector('[part~="references"] li')).to.not.equal(null);
    expect(win.__events, 'one load event, fired once About is rendered').to.deep.equal([['sli-content-load', 'en-GB', true]]);
    await sleep(100);
    const popup = frame.contentDocument!.querySelector('sli-glossary-popup')!.shadowRoot!;
    expect(term.open).to.equal(true);
    expect(popup.querySelector('[role="status"]')!.textContent).to.contain('A build up of fluid in the tummy');
    expect(partsRequests(win), 'the parts are requested once').to.have.length(1);
    expect(win.__problems).to.deep.equal([]);
    frame.remove();
  });

  it('when the parts cannot load: the first screen stays, a notice says what is missing, one error event, nothing thrown', async () => {
    const frame = await loadFrame('/__test__/first-screen?parts=failing', (win) => ((win as unknown as FirstScreenWindow).__events ?? []).length === 2, 8000);
    const win = frame.contentWindow as FirstScreenWindow;
    const root = panelOf(frame).shadowRoot!;
    expect(win.__events).to.deep.equal([
      ['sli-content-load', 'en-GB', false],
      ['sli-content-error', 'part-unavailable', false],
    ]);
    expect(root.querySelectorAll('[part~="section"]')).to.have.length(6);
    expect(root.querySelector('[part~="parts-notice"]')!.textContent).to.contain('could not be loaded, including its source and review dates');
    const term = frame.contentDocument!.querySelector<Term>('glossary-term')!;
    term.show();
    await term.updateComplete;
    expect(term.open, 'a term that cannot show its definition stays closed').to.equal(false);
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    await sleep(50);
    expect(win.__problems).to.deep.equal([]);
    frame.remove();
  });

  it('loaded as secondary-liver-info.js?ver=6.4 (WordPress), the parts do not fetch the file again under its plain name', async () => {
    const frame = await loadFrame('/__test__/first-screen?parts=held&ver=1', rendered, 8000);
    const win = frame.contentWindow as FirstScreenWindow;
    await fetch('/__test__/release-parts');
    await panelOf(frame).updateComplete;
    expect(panelOf(frame).shadowRoot!.querySelector('[part~="about"]')).to.not.equal(null);
    const entries = win.performance.getEntriesByType('resource').filter((entry) => /secondary-liver-info\.js/.test(entry.name));
    expect(entries.map((entry) => new URL(entry.name).search)).to.deep.equal(['?ver=6.4']);
    expect(partsRequests(win)).to.have.length(1);
    expect((win as unknown as {litHtmlVersions?: string[]}).litHtmlVersions ?? []).to.have.length(1);
    expect(win.__problems).to.deep.equal([]);
    frame.remove();
  });
});
