import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {plainHtml} from '../src/static/plain-html.js';
import {bundle as enGB} from '../src/generated/content/en-GB.js';
import {localizeUiStrings} from '../src/i18n/localize-ui-strings.js';
import {SECTION_IDS} from '../src/bundle/section-ids.js';
import {$, $$, nextFrame, textOf} from './helpers.js';
import './fixtures/clocks.js';

// Page translators (browser built-ins and extensions) read `translate="no"`, and some rewrite
// <html lang> to the language they translate into while they work.
describe('page translation', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  it('marks references, link hosts and the e-mail address translate="no" (default panel)', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    const references = $$(el, '[part~="references"] > li');
    expect(references.length).to.equal(enGB.meta.references.length);
    for (const li of references) expect(li.closest('[translate="no"]'), textOf(li)).to.equal(li);
    const kept = $$(el, '[part~="about"] [translate="no"]').filter((node) => node.localName === 'span');
    expect(kept.map(textOf)).to.deep.equal(['patientinformation@cancer.org.uk']);
    // Only the address: the sentence around it is for the translator.
    const note = kept[0]!.closest('p')!;
    expect(textOf(note)).to.contain('Please contact patientinformation@cancer.org.uk with details');
    expect(note.closest('[translate="no"]')).to.equal(null);
    // The headings and body text stay translatable.
    expect($(el, '[part~="base"]').closest('[translate="no"]')).to.equal(null);
  });

  it('marks the same in the plain snippet', () => {
    const out = plainHtml(enGB, localizeUiStrings(undefined), {element: 'secondary-liver-info', sections: SECTION_IDS, headingLevel: 2, idPrefix: 'p', today: new Date('2025-01-01')});
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect([...doc.querySelectorAll('span[translate="no"]')].map((n) => n.textContent)).to.deep.equal(['patientinformation@cancer.org.uk']);
    expect(doc.querySelectorAll('.sli-references > li[translate="no"]').length).to.equal(enGB.meta.references.length);
  });

  it('follows a scripted change of <html lang> to a language it has: its own translation', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms"></secondary-liver-info>`);
    document.documentElement.setAttribute('lang', 'pl');
    await oneEvent(el, 'sli-content-load');
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Przerzuty nowotworowe do wątroby');
    expect($$(el, '[part~="language-notice"]')).to.have.length(0);
  });

  it('keeps English in place for a language it lacks: one notice, and no text re-rendered as the tool goes on', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    let loads = 0;
    el.addEventListener('sli-content-load', () => loads++);
    document.documentElement.setAttribute('lang', 'fr');
    await el.updateComplete;
    await nextFrame();
    expect($$(el, '[part~="language-notice"]')).to.have.length(1);
    expect(loads).to.equal(1);

    // The translator now rewrites the text it can reach, and keeps setting lang as it works.
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    watcher.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});
    for (const lang of ['fr-FR', 'fr', 'de', 'fr']) {
      document.documentElement.setAttribute('lang', lang);
      await el.updateComplete;
      await nextFrame();
    }
    watcher.disconnect();
    expect(changes, changes.map((c) => `${c.type} ${c.target.nodeName}`).join(', ')).to.have.length(0);
    expect(loads).to.equal(1);
    expect($$(el, '[part~="language-notice"]')).to.have.length(1);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer');
  });
});
