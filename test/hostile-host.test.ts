import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';
import {contrast} from './fixtures/contrast.js';

const rendered = (win: Window) => !!win.document.querySelector('secondary-liver-info')?.shadowRoot?.querySelector('li');

describe('hostile host pages', () => {
  it('stays legible and laid out under aggressive host CSS', async () => {
    const frame = await loadFrame('/test/pages/hostile-css.html', rendered);
    const win = frame.contentWindow!;
    const panel = frame.contentDocument!.querySelector('secondary-liver-info')!;
    const root = panel.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    const heading = panel.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
    const style = win.getComputedStyle(root);
    // The widget is transparent: what the reader sees behind its text is the host's background.
    const behind = (el: Element | null): string => {
      for (let node = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        const background = win.getComputedStyle(node).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(background)) return background;
      }
      return win.getComputedStyle(frame.contentDocument!.documentElement).backgroundColor;
    };
    expect(contrast(style.color, behind(root))).to.be.at.least(4.5);
    expect(parseFloat(style.fontSize)).to.be.at.least(15);
    expect(parseFloat(style.lineHeight)).to.be.greaterThan(parseFloat(style.fontSize));
    expect(style.fontFamily).to.contain('Georgia');
    expect(heading.getBoundingClientRect().height).to.be.greaterThan(15);

    // `[hidden] { display: block !important }` does not reach inside: collapsed stays collapsed.
    const body = panel.shadowRoot!.querySelector<HTMLElement>('[part~="section-tests"] > :last-child')!;
    expect(body.hasAttribute('hidden')).to.equal(true);
    expect(body.getBoundingClientRect().height).to.equal(0);

    // The toggletip escapes an overflow:hidden, transformed, z-indexed ancestor and the box above it.
    const term = frame.contentDocument!.querySelector<HTMLElement>('glossary-term')!;
    term.click();
    let tip: HTMLElement | null = null;
    for (let i = 0; i < 40 && !tip?.querySelector('[role="status"]')?.textContent; i++) {
      await new Promise((r) => setTimeout(r, 25));
      tip = frame.contentDocument!.querySelector('sli-glossary-popup')?.shadowRoot?.querySelector('[part~="toggletip"]') ?? null;
    }
    const box = tip!.getBoundingClientRect();
    const ancestor = frame.contentDocument!.querySelector('.clipping-ancestor')!.getBoundingClientRect();
    expect(box.bottom).to.be.greaterThan(ancestor.bottom);
    const hit = (tip!.getRootNode() as ShadowRoot).elementFromPoint(box.x + box.width / 2, box.bottom - 4);
    expect(tip!.contains(hit)).to.equal(true);
    const tipStyle = win.getComputedStyle(tip!);
    expect(contrast(tipStyle.color, tipStyle.backgroundColor)).to.be.at.least(4.5);
    frame.remove();
  });

  it("lets a reader's text-spacing overrides (WCAG 1.4.12) reach the widget's text", async () => {
    const frame = await loadFrame('/test/pages/text-spacing.html', rendered);
    const win = frame.contentWindow!;
    const panel = frame.contentDocument!.querySelector('secondary-liver-info')!;
    const item = panel.shadowRoot!.querySelector('li')!;
    const itemStyle = win.getComputedStyle(item);
    const hostStyle = win.getComputedStyle(panel);
    expect(parseFloat(itemStyle.letterSpacing)).to.be.greaterThan(0);
    expect(itemStyle.letterSpacing).to.equal(hostStyle.letterSpacing);
    expect(itemStyle.wordSpacing).to.equal(hostStyle.wordSpacing);
    expect(parseFloat(itemStyle.lineHeight) / parseFloat(itemStyle.fontSize)).to.be.at.least(1.5);
    // Nothing is clipped: each item is at least one line tall.
    expect(item.getBoundingClientRect().height).to.be.at.least(parseFloat(itemStyle.lineHeight) - 1);
    frame.remove();
  });
});
