import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {a11ySnapshot, findAccessibilityNode, resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {captureConsole, settle, textOf, tipOf} from './helpers.js';

async function term(template = html`<p>A build up of <glossary-term term="ascites">fluid in the tummy</glossary-term>.</p>`) {
  const host = await fixture<HTMLElement>(template);
  const el = host.querySelector('glossary-term') ?? (host as GlossaryTerm);
  await (el as GlossaryTerm).updateComplete;
  return el as GlossaryTerm;
}

/** The pop-up, while it shows this term's definition (it is shared by every term of the page). */
const tip = (el: GlossaryTerm) => tipOf(el);
/** Open as a reader sees it: the property, the attribute and the native popover agree. */
const isOpen = (el: GlossaryTerm) => {
  const shown = !!tip(el)?.matches(':popover-open') && el.getAttribute('aria-expanded') === 'true';
  expect(el.open, 'open property').to.equal(shown);
  expect(el.hasAttribute('open'), 'open attribute').to.equal(shown);
  return shown;
};
/** The term itself is the button: it has no shadow root. */
const button = (el: GlossaryTerm) => el;

const centre = (rect: DOMRect): [number, number] => [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];

describe('<glossary-term>', () => {
  afterEach(() => resetMouse());

  it("is the host page's own text, with no shadow root, as a collapsed toggle button", async () => {
    const el = await term();
    expect(el.textContent).to.equal('fluid in the tummy');
    expect(el.shadowRoot, 'no shadow root of its own').to.equal(null);
    expect(el.getAttribute('role')).to.equal('button');
    expect(el.tabIndex).to.equal(0);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(el).textDecorationStyle, 'a dotted underline from the adopted sheet').to.equal('dotted');
    expect(isOpen(el)).to.equal(false);
    expect(tip(el)?.checkVisibility() ?? false, 'no definition shown while closed').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('builds one shared pop-up on the first opening, and reuses it for every term', async () => {
    document.querySelector('sli-glossary-popup')?.remove();
    const el = await term();
    expect(document.querySelector('sli-glossary-popup'), 'nothing added to the page before an opening').to.equal(null);
    el.show();
    await settle(el);
    const built = tip(el);
    expect(built).to.not.equal(null);
    el.hide();
    await settle(el);
    el.show();
    await settle(el);
    expect(tip(el), 'the same pop-up the second time').to.equal(built);
    el.hide();
    const other = await term(html`<p><glossary-term term="jaundice">yellowing</glossary-term></p>`);
    other.show();
    await settle(other);
    expect(tip(other), 'and for another term').to.equal(built);
    expect(document.querySelectorAll('sli-glossary-popup').length).to.equal(1);
    other.hide();
  });

  it('opens on click with the definition, fires open/close events and is accessible open', async () => {
    const el = await term();
    setTimeout(() => button(el).click());
    const opened = await oneEvent(el, 'sli-glossary-open');
    expect(opened.detail).to.deep.equal({term: 'ascites'});
    expect(opened.bubbles && opened.composed).to.equal(true);
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(tip(el)!.querySelector('[role="status"]'))).to.contain('A build up of fluid in the tummy (abdomen).');
    await expect(el).to.be.accessible();
    setTimeout(() => button(el).click());
    const closed = await oneEvent(el, 'sli-glossary-close');
    expect(closed.detail).to.deep.equal({term: 'ascites'});
    await settle(el);
    expect(isOpen(el)).to.equal(false);
  });

  it('announces the definition to screen readers through a live region', async () => {
    const el = await term();
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    const snapshot = await a11ySnapshot({});
    const status = findAccessibilityNode<{role: string; name: string; children?: {name: string}[]}>(
      snapshot as never,
      (node) => node.role === 'status'
    );
    expect(status, 'a status live region').to.not.equal(null);
    expect(JSON.stringify(status)).to.contain('A build up of fluid in the tummy');
  });

  it('opens with Enter and Space; Escape closes it and leaves focus on the term', async () => {
    const el = await term();
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    expect(document.activeElement).to.equal(el);
    await sendKeys({press: 'Space'});
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(isOpen(el)).to.equal(false);
  });

  it('Escape dismisses it even when focus is elsewhere on the page, without moving focus', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <glossary-term term="jaundice">yellowing</glossary-term>
      <input aria-label="elsewhere" />
    </div>`);
    const el = host.querySelector('glossary-term')!;
    await el.updateComplete;
    button(el).click();
    await settle(el);
    const input = host.querySelector('input')!;
    input.focus();
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    expect(document.activeElement).to.equal(input);
  });

  it('stays open while the pointer moves over and away from it, until dismissed', async () => {
    const el = await term();
    await sendMouse({type: 'click', position: centre(button(el).getBoundingClientRect())});
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    await sendMouse({type: 'move', position: centre(tip(el)!.getBoundingClientRect())});
    await sendMouse({type: 'move', position: [1, 1]});
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    // Clicking inside the pop-up (e.g. to select text) keeps it open; clicking outside closes it.
    await sendMouse({type: 'click', position: centre(tip(el)!.querySelector('[role="status"]')!.getBoundingClientRect())});
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    await sendMouse({type: 'click', position: [1, 1]});
    await settle(el);
    expect(isOpen(el)).to.equal(false);
  });

  it('the Close button closes it and returns focus to the term', async () => {
    const el = await term();
    button(el).click();
    await settle(el);
    const close = tip(el)!.querySelector<HTMLButtonElement>('[part~="close"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const size = close.getBoundingClientRect();
    expect(size.width).to.be.at.least(24);
    expect(size.height).to.be.at.least(24);
    close.focus();
    close.click();
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    expect(document.activeElement).to.equal(el);
  });

  it('shows the pronunciation where the bundle has one', async () => {
    const el = await term(html`<glossary-term term="metastases">metastases</glossary-term>`);
    button(el).click();
    await settle(el);
    expect(textOf(tip(el)!.querySelector('[role="status"]'))).to.contain('Pronounced: me-tass-ta-sis');
  });

  it('keeps one definition open at a time', async () => {
    const host = await fixture<HTMLElement>(html`<p>
      <glossary-term term="ascites">ascites</glossary-term> and <glossary-term term="jaundice">jaundice</glossary-term>
    </p>`);
    const [a, b] = [...host.querySelectorAll('glossary-term')] as GlossaryTerm[];
    await a!.updateComplete;
    button(a!).click();
    await settle(a!);
    button(b!).click();
    await settle(b!);
    expect(isOpen(a!)).to.equal(false);
    expect(isOpen(b!)).to.equal(true);
    button(b!).click();
  });

  it('is not clipped by an ancestor with overflow: hidden and a transform', async () => {
    const host = await fixture<HTMLElement>(html`<div style="overflow:hidden; transform:translateX(0); height:2em; width:12em; position:relative; z-index:1">
      <glossary-term term="lymphatic-system">lymphatic system</glossary-term>
    </div>`);
    const el = host.querySelector('glossary-term')!;
    await el.updateComplete;
    button(el).click();
    await settle(el);
    const box = tip(el)!.getBoundingClientRect();
    expect(box.bottom).to.be.greaterThan(host.getBoundingClientRect().bottom);
    // What is painted at the pop-up's centre is the pop-up itself, not whatever lies under it.
    const [x, y] = centre(box);
    const hit = tip(el)!.getRootNode() as ShadowRoot;
    expect(tip(el)!.contains(hit.elementFromPoint(x, y))).to.equal(true);
    button(el).click();
  });

  it('with an unknown term id renders the text plainly and warns with the id', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await term(html`<p>Some <glossary-term term="no-such-term">words</glossary-term>.</p>`);
      expect(el.hasAttribute('tabindex') || el.hasAttribute('role'), 'plain text, not a button').to.equal(false);
      expect(el.textContent).to.equal('words');
      expect(warnings.calls.some((w) => w.includes('"no-such-term"'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('opens and closes through the reflected `open` property and attribute, and show()/hide()', async () => {
    const el = await term();
    const events: string[] = [];
    el.addEventListener('sli-glossary-open', () => events.push('open'));
    el.addEventListener('sli-glossary-close', () => events.push('close'));
    el.open = true;
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    expect(textOf(tip(el))).to.contain('A build up of fluid in the tummy');
    await expect(el).to.be.accessible();
    el.removeAttribute('open');
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    el.setAttribute('open', '');
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    el.hide();
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    el.show();
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    el.hide();
    await settle(el);
    expect(events).to.deep.equal(['open', 'close', 'open', 'close', 'open', 'close']);
  });

  it('follows a change of `term`', async () => {
    const el = await term(html`<glossary-term term="ascites">ascites</glossary-term>`);
    el.term = 'jaundice';
    await el.updateComplete;
    button(el).click();
    await settle(el);
    expect(textOf(tip(el))).to.contain('Yellowing of the skin');
    button(el).click();
  });

  it('terms inside a panel keep their dotted underline once the panel\'s drawing has loaded (its sheet is added beside theirs)', async () => {
    const panel = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(html`<secondary-liver-info sections="what-is-it"></secondary-liver-info>`);
    await settle(panel);
    expect(panel.shadowRoot!.querySelector('[part~="illustration"] svg'), 'the drawing is there').to.not.equal(null);
    const term = panel.shadowRoot!.querySelector('glossary-term[tabindex]')!;
    expect(getComputedStyle(term).textDecorationStyle).to.equal('dotted');
    expect(getComputedStyle(term).cursor).to.equal('help');
  });
});
