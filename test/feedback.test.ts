import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {FeedbackDetail} from '../src/events.js';
import {cloneEnGB} from './fixtures/bundles.js';
import {$, $$, textOf} from './helpers.js';

describe('feedback: "Was this information useful?"', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('is off by default', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    expect(el.shadowRoot!.querySelector('[part~="feedback"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain('Was this information useful?');
  });

  it('with `feedback`, ends the panel with the question and two buttons; one press fires sli-feedback once and announces a thank-you', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info feedback sections="symptoms tests"></secondary-liver-info>`);
    await el.updateComplete;
    const block = $(el, '[part~="feedback"]');
    // After "About this information", the last thing a reader meets.
    expect($(el, '[part~="about"]').compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(textOf(block.querySelector('#feedback-question'))).to.equal('Was this information useful?');
    const buttons = $$(el, '[part~="feedback-button"]') as HTMLButtonElement[];
    expect(buttons.map(textOf)).to.deep.equal(['Yes', 'No']);
    expect(block.querySelector('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('feedback-question');
    expect(block.querySelector('textarea, input'), 'no free text').to.equal(null);
    const status = block.querySelector('[role="status"]')!;
    expect(textOf(status), 'the live region is there, empty, before the answer').to.equal('');
    await expect(el).to.be.accessible();

    const events: FeedbackDetail[] = [];
    const record = (e: CustomEvent<FeedbackDetail>) => events.push(e.detail);
    document.addEventListener('sli-feedback', record);
    const fired = oneEvent(el, 'sli-feedback');
    buttons[1]!.click();
    const event = await fired;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({answer: 'no', locale: 'en-GB', sections: ['symptoms', 'tests'], contentVersion: undefined});
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(textOf($(el, '#feedback-status'))).to.equal('Thank you for your feedback.');
    expect(el.shadowRoot!.activeElement, 'focus moves to the thank-you').to.equal($(el, '#feedback-status'));
    expect($$(el, '[part~="feedback-button"]'), 'cannot be sent twice').to.have.length(0);
    buttons[0]!.click();
    el.requestUpdate();
    await el.updateComplete;
    document.removeEventListener('sli-feedback', record);
    expect(events).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('sends the content version and language, in the reader\'s language, and makes no network request', async () => {
    const bundle = cloneEnGB();
    bundle.meta.version = '2026.1';
    const requests: string[] = [];
    const originalFetch = window.fetch;
    const originalBeacon = navigator.sendBeacon;
    window.fetch = (...args) => (requests.push(String(args[0])), originalFetch(...args));
    navigator.sendBeacon = (url) => (requests.push(String(url)), false);
    try {
      const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info feedback sections="outlook" .bundle=${bundle}></secondary-liver-info>`);
      await el.updateComplete;
      const seen = performance.getEntriesByType('resource').length;
      const fired = oneEvent(el, 'sli-feedback');
      ($$(el, '[part~="feedback-button"]')[0] as HTMLButtonElement).click();
      expect((await fired).detail).to.deep.equal({answer: 'yes', locale: 'en-GB', sections: ['outlook'], contentVersion: '2026.1'});
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(seen);
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
    }

    const welsh = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" feedback sections="outlook"></secondary-liver-info>`);
    await welsh.updateComplete;
    expect(textOf($(welsh, '#feedback-question'))).to.equal('Oedd yr wybodaeth hon yn ddefnyddiol?');
    expect(($$(welsh, '[part~="feedback-button"]')).map(textOf)).to.deep.equal(['Oedd', 'Nac oedd']);
  });

  it('is not printed', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info feedback sections="outlook"></secondary-liver-info>`);
    await emulateMedia({media: 'print'});
    expect(getComputedStyle($(el, '[part~="feedback"]')).display).to.equal('none');
  });
});
