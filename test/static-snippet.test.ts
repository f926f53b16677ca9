import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';
import {sectionId} from './helpers.js';

const sectionsOf = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part~="section"]')].map((s) => sectionId(s));

describe('static HTML snippet (npm run snippet)', () => {
  it('shows the chosen sections in full with JavaScript disabled', async () => {
    const frame = await loadFrame('/__test__/ssr-page?js=0', (win) => win.document.readyState === 'complete');
    const win = frame.contentWindow!;
    const panel = frame.contentDocument!.querySelector('secondary-liver-info')!;
    expect(win.customElements.get('secondary-liver-info'), 'scripts are blocked').to.equal(undefined);
    const root = panel.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    expect(sectionsOf(root)).to.deep.equal(['symptoms', 'tests']);
    expect(root.querySelectorAll('[part~="section-symptoms"] li')).to.have.length(9);
    expect(root.querySelectorAll('[part~="section-tests"] li')).to.have.length(6);
    expect(root.querySelector('[part~="heading"]')!.textContent).to.equal('Canser eilaidd yr iau');
    expect(root.querySelector('[part~="about"]')!.textContent).to.contain('Adolygwyd y ffynhonnell ddiwethaf');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(300);
    // Its own styles came with it.
    const size = (selector: string) => parseFloat(win.getComputedStyle(root.querySelector(selector)!).fontSize);
    expect(size('[part~="heading"]'), 'headings sized by role').to.be.greaterThan(size('p'));
    frame.remove();
  });

  it('is taken over by the script with no blank frame and no duplicated content', async () => {
    const frame = await loadFrame('/__test__/ssr-page?js=1', (win) => {
      const panel = win.document.querySelector('secondary-liver-info') as (HTMLElement & {hasUpdated?: boolean}) | null;
      return !!panel?.hasUpdated && ((win as any).__sectionCounts?.length ?? 0) >= 30;
    });
    const win = frame.contentWindow as any;
    const root = frame.contentDocument!.querySelector('secondary-liver-info')!.shadowRoot!;
    expect(sectionsOf(root)).to.deep.equal(['symptoms', 'tests']);
    expect(root.querySelectorAll('li')).to.have.length(9 + 6 + 4);
    expect(root.querySelectorAll('style'), 'server styles replaced by adopted ones').to.have.length(0);
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    // Interactive now: the glossary terms are live buttons.
    expect(root.querySelector('glossary-term')!.getAttribute('role')).to.equal('button');
    expect(Math.min(...win.__sectionCounts), 'sections on screen in every sampled frame').to.equal(2);
    expect(Math.max(...win.__sectionCounts)).to.equal(2);
    frame.remove();
  });
});
