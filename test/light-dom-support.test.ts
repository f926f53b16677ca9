import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {textOf} from './helpers.js';

/** Lets the element's mutation observer run and the element render what it reported. */
const settle = async (el: {updateComplete: Promise<unknown>}) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

/** The support block's headings and texts, in reading order, as a reader meets them. */
function supportBlock(el: Element) {
  const block = el.querySelector<HTMLElement>(':scope > [part~="base"] > [part~="support"]')!;
  return {
    block,
    shown: !block.hidden && block.getBoundingClientRect().height > 0,
    headings: [...block.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => `${heading.tagName} ${textOf(heading)}`),
    texts: [...block.querySelectorAll(':scope > [slot="support"]')].map((child) => textOf(child)),
  };
}

const supportChild = (tag: string, text: string) => {
  const child = document.createElement(tag);
  child.slot = 'support';
  child.textContent = text;
  return child;
};

describe('light-dom: support content the host adds later', () => {
  it('follows content added, removed and replaced after the first render, with the heading kept in step', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info light-dom sections="outlook"></secondary-liver-info>`);
    await settle(el);
    expect(supportBlock(el).shown, 'empty at first').to.equal(false);

    // Added: under "Who to contact", after the outlook and before About.
    const nurses = supportChild('p', 'Ring the liver nurses.');
    el.append(nurses);
    await settle(el);
    let now = supportBlock(el);
    expect(now.shown).to.equal(true);
    expect(now.headings).to.deep.equal(['H3 Who to contact']);
    expect(now.texts).to.deep.equal(['Ring the liver nurses.']);
    const about = el.querySelector('[part~="about"]');
    if (about) expect(now.block.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(el.querySelector('[part~="section-outlook"]')!.compareDocumentPosition(now.block) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);

    // Another one added after it, and one put before everything (the host's order is kept).
    el.append(supportChild('p', 'Or the helpline.'));
    el.prepend(supportChild('h3', 'Our liver team'));
    await settle(el);
    now = supportBlock(el);
    expect(now.texts).to.deep.equal(['Our liver team', 'Ring the liver nurses.', 'Or the helpline.']);
    expect(now.headings, 'the host\'s own heading now comes first and wins').to.deep.equal(['H3 Our liver team']);

    // Removed (the host's own heading goes: ours comes back).
    el.querySelector('h3[slot="support"]')!.remove();
    await settle(el);
    expect(supportBlock(el).headings).to.deep.equal(['H3 Who to contact']);

    // Replaced in one step.
    el.querySelector('[slot="support"]')!.replaceWith(supportChild('p', 'Ask at reception.'));
    await settle(el);
    expect(supportBlock(el).texts).to.deep.equal(['Ask at reception.', 'Or the helpline.']);

    // All removed: the block hides again, and nothing of it is read.
    for (const child of el.querySelectorAll('[slot="support"]')) child.remove();
    await settle(el);
    now = supportBlock(el);
    expect(now.shown).to.equal(false);
    expect(document.body.innerText).to.not.contain('Who to contact');
    await expect(el).to.be.accessible();
  });

  it('moves nothing twice and renders no more than the changes ask (no loop from its own moves)', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info light-dom sections="outlook"></secondary-liver-info>`);
    await settle(el);
    let updates = 0;
    const count = () => updates++;
    const original = (el as unknown as {updated(changed: Map<string, unknown>): void}).updated;
    (el as unknown as {updated: typeof original}).updated = function (this: SecondaryLiverInfo, changed) {
      count();
      original.call(this, changed);
    };
    el.append(supportChild('p', 'Ring us.'));
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates, 'one render for the new heading').to.equal(1);
    // A render for another reason (a language) keeps it in place, once, and asks for no other.
    el.lang = 'cy';
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.querySelectorAll('[slot="support"]')).to.have.length(1);
    expect(supportBlock(el).texts).to.deep.equal(['Ring us.']);
    expect(supportBlock(el).headings).to.deep.equal(['H3 Pwy i gysylltu â nhw']);
    const settledAt = updates;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(updates, 'quiet once settled').to.equal(settledAt);
  });

  it('answers the DOM calls React makes on the element it rendered into, for children it has moved', async () => {
    // What react-dom's host config does for `<secondary-liver-info light-dom>{show && <p slot="support">…</p>}</…>`
    // on later renders: appendChild, insertBefore an existing sibling, removeChild (all on the element).
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info light-dom sections="outlook"></secondary-liver-info>`);
    await settle(el);
    const first = supportChild('p', 'First.');
    el.appendChild(first);
    await settle(el);
    expect(first.parentElement).to.equal(supportBlock(el).block);
    const before = supportChild('p', 'Before first.');
    expect(el.insertBefore(before, first)).to.equal(before);
    await settle(el);
    expect(supportBlock(el).texts).to.deep.equal(['Before first.', 'First.']);
    expect(el.removeChild(first)).to.equal(first);
    expect(first.isConnected).to.equal(false);
    expect(el.removeChild(before)).to.equal(before);
    await settle(el);
    expect(supportBlock(el).shown).to.equal(false);
    // Children it never moved are the element's own business, as always.
    expect(() => el.removeChild(document.createElement('p'))).to.throw(DOMException);
  });

  it('<symptom-list light-dom> follows it too, and stops following once disconnected', async () => {
    const el = await fixture<SymptomList>(html`<symptom-list light-dom></symptom-list>`);
    await settle(el);
    el.append(supportChild('p', 'If you notice these, ring our helpline.'));
    await settle(el);
    expect(supportBlock(el).headings).to.deep.equal(['H3 Who to contact']);
    expect(el.querySelector('[part~="caveat"]')!.compareDocumentPosition(supportBlock(el).block) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();

    const parent = el.parentElement!;
    el.remove();
    const late = supportChild('p', 'Added while away.');
    el.append(late);
    await new Promise((resolve) => setTimeout(resolve));
    expect(late.parentElement, 'not followed while disconnected').to.equal(el);
    // Back in the page: placed, and followed again.
    parent.append(el);
    await settle(el);
    expect(supportBlock(el).texts).to.deep.equal(['If you notice these, ring our helpline.', 'Added while away.']);
    late.remove();
    await settle(el);
    expect(supportBlock(el).texts).to.deep.equal(['If you notice these, ring our helpline.']);
  });
});
