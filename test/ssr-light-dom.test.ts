import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';
import {builtInEnGB} from './fixtures/bundles.js';

// Lit's server rendering puts a light-DOM element's content in a declarative shadow root, as it
// does every LitElement's (lit/lit#3080). Once the script runs, the content moves into the page, in
// one step, and the shadow root keeps only a <slot>: Reader View, read-aloud and translation
// tools get it from then on. build/snippets/ssr-light-dom.html is made by
// scripts/ssr-light-dom-fixture.mjs (npm run test:browser makes it).

type Frame = {inShadow: number; inPage: number; height: number};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
type Run = string | {text?: string; em?: string};
const plain = (runs: readonly Run[]) => squash(runs.map((run) => (typeof run === 'string' ? run : run.text ?? run.em)).join(''));

describe('a server-rendered (Lit SSR) light-DOM element, taken over by the script', () => {
  it('moves its content into the page with no blank frame and no frame showing it twice', async () => {
    const frame = await loadFrame('/__test__/ssr-light-dom', (win) => {
      const panel = win.document.querySelector('secondary-liver-info');
      return !!panel?.querySelector('[part~="section"]') && ((win as unknown as {__frames: Frame[]}).__frames.length >= 60);
    }, 8000);
    const win = frame.contentWindow as Window & typeof globalThis & {__frames: Frame[]; __problems: string[]};
    const doc = frame.contentDocument!;
    const panel = doc.querySelector('secondary-liver-info')!;
    const list = doc.querySelector('symptom-list')!;

    // Every frame: the two sections in exactly one place, never none, never both.
    expect(win.__frames.length).to.be.at.least(60);
    expect(win.__frames[0]!.inShadow, 'the server render shows first').to.equal(2);
    for (const sample of win.__frames) {
      expect(sample.inShadow + sample.inPage, JSON.stringify(sample)).to.equal(2);
      expect(sample.height, JSON.stringify(sample)).to.be.greaterThan(100);
    }
    expect(win.__frames.at(-1)!.inPage, 'in the page at the end').to.equal(2);

    // The shadow roots the server declared hold only a slot; the content is in the page once.
    for (const el of [panel, list]) {
      expect([...el.shadowRoot!.children].map((child) => child.localName)).to.deep.equal(['slot']);
      expect(el.querySelector('[part~="base"]')).to.not.equal(null);
    }
    const text = squash(doc.body.innerText);
    for (const fact of builtInEnGB.sections.outlook.body.map(plain)) expect(text.split(fact).length - 1, fact).to.equal(1);
    const symptom = plain(builtInEnGB.sections.symptoms.items[0]!.text);
    expect(text.split(symptom).length - 1, 'a symptom in each element').to.equal(2);
    // The host's support content under "Who to contact", after the outlook.
    const support = panel.querySelector('[part~="support"]')!;
    expect(support.querySelector('[slot="support"]')?.textContent).to.equal('Ring the liver nurses.');
    expect(squash(support.textContent!)).to.contain('Who to contact');
    // Styled by the scoped sheet in the page, as any light-DOM element: bullets, a heading above the text.
    expect(win.getComputedStyle(list.querySelector('[part~="list"]')!).listStyleType).to.equal('disc');
    expect(win.getComputedStyle(panel.querySelector('[part~="heading"]')!).fontSize).to.not.equal(win.getComputedStyle(panel.querySelector('p')!).fontSize);
    // Reader View's copy of the document (shadow roots are not cloned) holds the content.
    expect((doc.cloneNode(true) as Document).querySelector('secondary-liver-info [part~="section-outlook"]')).to.not.equal(null);
    expect(win.__problems).to.deep.equal([]);
    frame.remove();
  });
});
