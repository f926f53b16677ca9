import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';

// The defaults matrix: each element with no attributes at all, on every path we publish that has
// a page, checked as a user who reads nothing would meet it. Server rendering, the snippet CLI and
// the Next.js app are checked the same way in test/node/.
type Win = Window & typeof globalThis & {__problems: string[]; __events?: [string, string][]; axe?: {run: (context: Node) => Promise<{violations: {id: string; nodes: unknown[]}[]}>}};

const LOCALES = BUILT_IN_LOCALES;

/** Every panel shows its six sections, every list its nine symptoms, in the shadow root or (plain snippet) in the page. */
function sectionsShown(doc: Document): boolean {
  const panels = [...doc.querySelectorAll('secondary-liver-info')];
  const lists = [...doc.querySelectorAll('symptom-list')];
  return (
    panels.every((panel) => panel.shadowRoot?.querySelectorAll('[part~="section"]').length === 6) &&
    lists.every((list) => list.shadowRoot?.querySelectorAll('[part~="list"] li').length === 9)
  );
}

async function axeViolations(win: Win): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    win.document.head.append(script);
    await loaded;
  }
  const {violations} = await win.axe!.run(win.document);
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}

async function checkPage(src: string, ready: (doc: Document) => boolean) {
  const frame = await loadFrame(src, (win) => ready(win.document), 10000);
  const win = frame.contentWindow as Win;
  // Anything a render started would settle within a few frames.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(win.__problems, 'uncaught errors, unhandled rejections, console errors').to.deep.equal([]);
  expect(await axeViolations(win), 'axe').to.deep.equal([]);
  return frame;
}

describe('defaults: each element with no attributes, on every published path', () => {
  it('the self-contained file in a page', async () => {
    const frame = await checkPage('/test/pages/defaults-cdn.html', sectionsShown);
    expect(frame.contentDocument!.querySelector('glossary-term')!.textContent).to.equal('liver');
    frame.remove();
  });

  it('the npm package in a bundled app (define entry)', async () => {
    const frame = await checkPage('/test/hosts/build/defaults/index.html', (doc) => !!doc.querySelector('secondary-liver-info') && sectionsShown(doc));
    frame.remove();
  });

  it('the React wrapper: every section, and each load handler called once', async () => {
    const frame = await checkPage('/test/hosts/build/react-defaults/index.html', (doc) => !!doc.querySelector('secondary-liver-info') && sectionsShown(doc));
    expect((frame.contentWindow as Win).__events).to.have.deep.members([
      ['panel load', 'built-in'],
      ['list load', 'built-in'],
    ]);
    frame.remove();
  });

  for (const locale of LOCALES) {
    it(`the rich snippet (${locale}) without JavaScript, and taken over by the script`, async () => {
      const still = await checkPage(`/__test__/default-snippet?kind=rich&locale=${locale}`, sectionsShown);
      still.remove();
      const taken = await checkPage(
        `/__test__/default-snippet?kind=rich&locale=${locale}&js=1`,
        (doc) => !!(doc.querySelector('secondary-liver-info') as HTMLElement & {hasUpdated?: boolean})?.hasUpdated && sectionsShown(doc)
      );
      taken.remove();
    });

    it(`the plain snippet (${locale})`, async () => {
      const frame = await checkPage(`/__test__/default-snippet?kind=plain&locale=${locale}`, (doc) => doc.querySelectorAll('section.sli-section').length === 6);
      frame.remove();
    });
  }
});
