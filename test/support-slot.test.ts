import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {$, textOf} from './helpers.js';

/** Waits for slotchange to have been handled and the element to have rendered it. */
const settle = async (el: {updateComplete: Promise<unknown>}) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

/** The panel's content in reading order: headings of the shadow tree, with the slot's own content in place. */
function readingOrder(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({flatten: true}).forEach(walk);
      return;
    }
    if (node instanceof HTMLElement && node.hidden) return;
    if (node instanceof HTMLElement && /^H[1-6]$/.test(node.tagName)) out.push(`${node.tagName} ${textOf(node)}`);
    node.childNodes.forEach(walk);
  };
  el.shadowRoot!.childNodes.forEach(walk);
  return out;
}

describe('support slot: the host\'s own next steps and contacts', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('shows nothing when the host adds nothing (the default)', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    await settle(el);
    const block = $(el, '[part~="support"]');
    expect(block.hidden).to.equal(true);
    expect(block.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.querySelector('#support-heading')).to.equal(null);
    expect(readingOrder(el)).to.not.include('H3 Who to contact');
  });

  it('puts slotted content after the outlook and before "About this information", under a "Who to contact" heading at the sections\' level', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info heading-level="3">
      <div slot="support"><p>Call the liver nurse team on the number in your letter.</p></div>
    </secondary-liver-info>`);
    await settle(el);
    const order = readingOrder(el);
    const at = (text: string) => order.findIndex((entry) => entry.includes(text));
    expect(order[at('Who to contact')]).to.equal('H4 Who to contact');
    expect(at('Who to contact')).to.equal(at('Outlook') + 1);
    expect(at('About this information')).to.equal(at('Who to contact') + 1);
    expect($(el, '[part~="support"]').getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    // And in print, in the same place.
    await emulateMedia({media: 'print'});
    expect((el.querySelector('[slot="support"]') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle($(el, '[part~="support"]')).display).to.not.equal('none');
  });

  it('the host\'s own heading wins, and the default heading is translated', async () => {
    const own = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="outlook">
      <section slot="support"><h3>Our specialist nurses</h3><p>Ask at reception.</p></section>
    </secondary-liver-info>`);
    await settle(own);
    expect(own.shadowRoot!.querySelector('#support-heading')).to.equal(null);
    expect(readingOrder(own)).to.include('H3 Our specialist nurses');

    const welsh = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" sections="outlook"><p slot="support">Testun</p></secondary-liver-info>`);
    await settle(welsh);
    expect(textOf($(welsh, '#support-heading'))).to.equal('Pwy i gysylltu â nhw');
  });

  it('appears and disappears as the host adds and removes content', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="outlook"></secondary-liver-info>`);
    await settle(el);
    const p = document.createElement('p');
    p.slot = 'support';
    p.textContent = 'Later content';
    el.append(p);
    await settle(el);
    expect($(el, '[part~="support"]').hidden).to.equal(false);
    p.remove();
    await settle(el);
    expect($(el, '[part~="support"]').hidden).to.equal(true);
  });

  it('<symptom-list> has the same slot, after its caveat', async () => {
    const empty = await fixture<SymptomList>(html`<symptom-list></symptom-list>`);
    await settle(empty);
    expect($(empty, '[part~="support"]').hidden).to.equal(true);
    const el = await fixture<SymptomList>(html`<symptom-list><p slot="support">If you notice these, ring our helpline.</p></symptom-list>`);
    await settle(el);
    const block = $(el, '[part~="support"]');
    expect(block.hidden).to.equal(false);
    expect(textOf($(el, '#support-heading'))).to.equal('Who to contact');
    expect($(el, '#support-heading').tagName).to.equal('H3');
    expect($(el, '[part~="caveat"]').compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });
});
