import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {languageListenerCount} from '../src/i18n/language-observer.js';
import {$, definitionOf, nextFrame, textOf, sectionId} from './helpers.js';

/** Listeners added to a target while `body` runs that are still attached afterwards. */
async function trackListeners(target: EventTarget, body: () => Promise<void>) {
  const added: {type: string; listener: unknown; signal?: AbortSignal; removed: boolean}[] = [];
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  target.addEventListener = function (type: string, listener: any, options?: any) {
    added.push({type, listener, signal: typeof options === 'object' ? options.signal : undefined, removed: false});
    return add.call(this, type, listener, options);
  };
  target.removeEventListener = function (type: string, listener: any, options?: any) {
    for (const entry of added) if (entry.type === type && entry.listener === listener) entry.removed = true;
    return remove.call(this, type, listener, options);
  };
  try {
    await body();
  } finally {
    target.addEventListener = add;
    target.removeEventListener = remove;
  }
  return added.filter((entry) => !entry.removed && !entry.signal?.aborted).map((entry) => entry.type);
}

describe('lifecycle in single-page apps', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  it('leaves no language observers behind when elements are removed, and resumes when re-added', async () => {
    const before = languageListenerCount();
    const host = await fixture<HTMLElement>(html`<div>
      <secondary-liver-info sections="symptoms"></secondary-liver-info>
      <symptom-list></symptom-list>
      <p><glossary-term term="ascites">ascites</glossary-term></p>
    </div>`);
    await host.querySelector('secondary-liver-info')!.updateComplete;
    expect(languageListenerCount()).to.equal(before + 3);
    const parent = host.parentElement!;
    host.remove();
    expect(languageListenerCount()).to.equal(before);

    parent.append(host);
    const panel = host.querySelector('secondary-liver-info')!;
    expect(languageListenerCount()).to.equal(before + 3);
    document.documentElement.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r, 0));
    await panel.updateComplete;
    expect(textOf($(panel, '[part~="heading"]'))).to.equal('Canser eilaidd yr iau');
    host.remove();
    expect(languageListenerCount()).to.equal(before);
  });

  it('an open toggletip removed with its element leaves no document or window listeners', async () => {
    // The document gets its one set of term listeners (and the term sheet) from its first term,
    // for all its terms, whatever comes and goes: done here before counting what a term leaves.
    const first = await fixture<HTMLElement>(html`<p><glossary-term term="ascites">ascites</glossary-term></p>`);
    first.remove();
    const leftOnDocument = await trackListeners(document, async () => {
      const leftOnWindow = await trackListeners(window, async () => {
        const host = await fixture<HTMLElement>(html`<p><glossary-term term="jaundice">jaundice</glossary-term></p>`);
        const term = host.querySelector('glossary-term') as GlossaryTerm;
        await term.updateComplete;
        term.click();
        await term.updateComplete;
        // Removed before its announcement frame: that frame must not fire into a detached element.
        host.remove();
        await nextFrame();
        expect(term.open).to.equal(false);
        expect(definitionOf(term), 'no announcement for a detached element').to.equal('');
        const shared = document.querySelector('sli-glossary-popup')!.shadowRoot!.querySelector('[part~="toggletip"]')!;
        expect(shared.matches(':popover-open'), 'the shared pop-up closed with it').to.equal(false);
      });
      expect(leftOnWindow).to.deep.equal([]);
    });
    expect(leftOnDocument).to.deep.equal([]);
  });

  it('takes attribute changes after the first render: heading-level, sections, lang', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms"></secondary-liver-info>`);
    el.setAttribute('heading-level', '4');
    el.setAttribute('sections', 'tests outlook');
    el.setAttribute('lang', 'pl');
    await el.updateComplete;
    expect($(el, '[part~="heading"]').localName).to.equal('h4');
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="section"]')].map((s) => sectionId(s))).to.deep.equal(['tests', 'outlook']);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Przerzuty nowotworowe do wątroby');
  });
});
