import {expect} from '@open-wc/testing';
import '../src/define/all.js';
import {SymptomList} from '../src/elements/symptom-list.js';
import {nextFrame} from './helpers.js';

/**
 * Zero layout shift without `blocking="render"`: the one rule of docs/guides/embedding.md reserves the rest of the
 * screen while the script is on its way; the widget keeps that room while on screen and gives it
 * back once out of view. A fresh tag name stands for "the script has not arrived yet".
 */
let count = 0;
async function loadLate(markupAfter: string) {
  const tag = `late-symptom-list-${++count}`;
  const style = document.createElement('style');
  style.textContent = `${tag}:not(:defined) { display: block; min-height: 100vh; }`;
  const container = document.createElement('div');
  container.innerHTML = `<h1>Host title</h1><${tag}></${tag}>${markupAfter}`;
  document.head.append(style);
  document.body.append(container);
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) if (!entry.hadRecentInput) shifts.push(entry.value);
  });
  observer.observe({type: 'layout-shift'});
  await nextFrame();
  const below = container.lastElementChild!;
  const before = below.getBoundingClientRect().top;
  customElements.define(tag, class extends SymptomList {});
  const el = container.querySelector(tag) as SymptomList;
  await el.updateComplete;
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {el, below, before, shifts, done: () => (observer.disconnect(), container.remove(), style.remove())};
}

describe('layout shift while the script arrives late', () => {
  it('the default symptom list: nothing below it moves, and it gives the room back once out of view', async () => {
    scrollTo(0, 0);
    const {el, below, before, shifts, done} = await loadLate('<p>Host text after the widget.</p><div style="height: 300vh"></div>');
    try {
      expect(before, 'the content below starts out of view').to.be.at.least(innerHeight);
      expect(shifts, 'no layout shift').to.deep.equal([]);
      expect(below.getBoundingClientRect().top, 'the content below has not moved').to.equal(before);
      expect(el.shadowRoot!.textContent).to.contain('feeling generally unwell');
      const rendered = el.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect().height;
      expect(rendered, 'the list itself is shorter than the room it holds').to.be.below(el.getBoundingClientRect().height);
      // Out of view (scrolled past it): the room goes, and the reader sees nothing move.
      scrollTo(0, el.getBoundingClientRect().bottom + scrollY + 10);
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.style.getPropertyValue('min-height'), 'room given back').to.equal('');
      expect(shifts, 'still no layout shift').to.deep.equal([]);
    } finally {
      scrollTo(0, 0);
      done();
    }
  });

  it('an element created by script holds nothing (no reservation to keep)', async () => {
    const el = document.createElement('symptom-list') as SymptomList;
    document.body.append(el);
    await el.updateComplete;
    expect(el.style.getPropertyValue('min-height')).to.equal('');
    el.remove();
  });
});
