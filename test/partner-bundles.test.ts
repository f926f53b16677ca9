import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {ContentErrorDetail} from '../src/events.js';
import {$, captureConsole, textOf} from './helpers.js';
import './fixtures/clocks.js'; // today is before the content's review date, unless a test says otherwise

const bundleUrl = (query: string) => `/__test__/bundle?${query}`;

async function loadWithSrc(src: string, extra: Partial<SecondaryLiverInfo> = {}) {
  const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms"></secondary-liver-info>`);
  Object.assign(el, extra);
  const outcome = Promise.race([
    oneEvent(el, 'sli-content-load').then(() => null),
    oneEvent(el, 'sli-content-error').then((e) => (e as CustomEvent<ContentErrorDetail>).detail),
  ]);
  el.src = src;
  const error = await outcome;
  await el.updateComplete;
  return {el, error};
}

/** Changes `src` while a slow load is in flight: that request is aborted, and nothing reports it. */
async function expectStaleLoadAborted(el: SecondaryLiverInfo) {
  const errors: unknown[] = [];
  el.addEventListener('sli-content-error', (e) => errors.push(e.detail));
  const signals: AbortSignal[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    if (init?.signal) signals.push(init.signal);
    return realFetch(input, init);
  };
  try {
    el.src = bundleUrl('delay=2000&title=Stale');
    await el.updateComplete.then(() => new Promise((r) => setTimeout(r, 50)));
    el.src = bundleUrl('title=Fresh');
    await oneEvent(el, 'sli-content-load');
    await el.updateComplete;
    expect(signals[0]!.aborted, 'the stale request is aborted').to.equal(true);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Fresh');
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).to.deep.equal([]);
  } finally {
    window.fetch = realFetch;
  }
}

describe('partner bundles (src)', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));
  afterEach(() => expect(unhandled, 'unhandled promise rejections').to.deep.equal([]));

  it('loads and shows a valid partner bundle', async () => {
    const {el, error} = await loadWithSrc(bundleUrl('title=Partner%20edition'));
    expect(error).to.equal(null);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Partner edition');
    expect(el.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends no cookies or other credentials', async () => {
    document.cookie = 'session=secret-value; path=/';
    try {
      await loadWithSrc(bundleUrl('kind=valid'));
      const seen = await (await fetch('/__test__/last-bundle-request')).json();
      expect(seen.cookie).to.equal(null);
      expect(seen.referer).to.equal(null);
    } finally {
      document.cookie = 'session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    }
  });

  const failures: [string, string, Partial<SecondaryLiverInfo>][] = [
    ['a network error', 'http://127.0.0.1:9/bundle.json', {}],
    ['a timeout', bundleUrl('delay=3000'), {timeout: 300}],
    ['a body that never ends', bundleUrl('kind=slow-body'), {timeout: 500}],
    ['a 404', bundleUrl('status=404'), {}],
    ['a 500', bundleUrl('status=500'), {}],
    ['a body that is not JSON', bundleUrl('kind=not-json'), {}],
    ['an invalid bundle', bundleUrl('kind=invalid'), {}],
    ['a bundle over the size cap', bundleUrl('kind=large'), {}],
    ['a javascript: URL', 'javascript:window.__pwned=1', {}],
    ['a data: URL', 'data:application/json,{}', {}],
  ];
  const expectedReason: Record<string, ContentErrorDetail['reason']> = {
    'a network error': 'network',
    'a timeout': 'timeout',
    'a body that never ends': 'timeout',
    'a 404': 'http-status',
    'a 500': 'http-status',
    'a body that is not JSON': 'not-json',
    'an invalid bundle': 'invalid-bundle',
    'a bundle over the size cap': 'too-large',
    'a javascript: URL': 'invalid-url',
    'a data: URL': 'invalid-url',
  };

  for (const [name, src, extra] of failures) {
    it(`on ${name}: shows en-GB with a notice, fires an error event with the reason, warns once`, async () => {
      const warnings = captureConsole('warn');
      try {
        const {el, error} = await loadWithSrc(src, extra);
        expect(error?.reason).to.equal(expectedReason[name]);
        expect(error?.message).to.be.a('string').and.not.equal('');
        expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer');
        expect(textOf($(el, '[part~="fallback-notice"]'))).to.contain('could not be shown');
        expect(warnings.calls).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
      expect((window as any).__pwned).to.equal(undefined);
    });
  }

  it('falls back to the built-in content nearest the requested language: a failing Welsh bundle shows built-in Welsh', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy"></secondary-liver-info>`);
      setTimeout(() => (el.src = bundleUrl('status=500')));
      const event = await oneEvent(el, 'sli-content-error');
      expect(event.detail.reason).to.equal('http-status');
      // The event fires once the fallback is on screen.
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('cy');
      expect(textOf($(el, '[part~="heading"]'))).to.equal('Canser eilaidd yr iau');
      expect(textOf($(el, '[part~="fallback-notice"]'))).to.contain('Nid oedd modd dangos yr wybodaeth');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('rejects a bundle in another language than the element asked for', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="pl"></secondary-liver-info>`);
      setTimeout(() => (el.src = bundleUrl('kind=cy')));
      const event = await oneEvent(el, 'sli-content-error');
      expect(event.detail.reason).to.equal('locale-mismatch');
      await el.updateComplete;
      // The nearest built-in language to the one asked for, not English.
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('pl');
      // Asked for Welsh, got Welsh: accepted, with Welsh UI strings and the unreviewed notice.
      el.setAttribute('lang', 'cy');
      await oneEvent(el, 'sli-content-load');
      await el.updateComplete;
      expect(textOf($(el, '[part~="heading"]'))).to.equal('Canser eilaidd yr iau');
      expect(el.shadowRoot!.querySelector('[part~="unreviewed-notice"]')).to.not.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('leaves other elements on the page unaffected', async () => {
    const warnings = captureConsole('warn');
    try {
      const host = await fixture<HTMLElement>(html`<div>
        <secondary-liver-info src=${bundleUrl('status=500')} sections="symptoms"></secondary-liver-info>
        <secondary-liver-info sections="symptoms"></secondary-liver-info>
        <symptom-list></symptom-list>
      </div>`);
      const [broken, healthy, list] = [...host.children] as SecondaryLiverInfo[];
      await broken!.updateComplete;
      await healthy!.updateComplete;
      expect(broken!.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.not.equal(null);
      expect(healthy!.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.equal(null);
      expect(list!.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('replaces the fallback after a later successful load', async () => {
    const warnings = captureConsole('warn');
    try {
      const {el} = await loadWithSrc(bundleUrl('status=404'));
      expect(el.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.not.equal(null);
      el.src = bundleUrl('title=Recovered');
      await oneEvent(el, 'sli-content-load');
      await el.updateComplete;
      expect(textOf($(el, '[part~="heading"]'))).to.equal('Recovered');
      expect(el.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('aborts the load in flight when src changes, and reports nothing for it', async () => {
    await expectStaleLoadAborted(await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`));
  });

  it('takes src from the attribute, also when set after the first render', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    setTimeout(() => el.setAttribute('src', bundleUrl('title=From%20attribute')));
    await oneEvent(el, 'sli-content-load');
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('From attribute');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer');
  });
});

describe('partner bundles in a browser without AbortSignal.any (Safari before 17.4)', () => {
  const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
  before(() => delete (AbortSignal as {any?: unknown}).any);
  after(() => any && Object.defineProperty(AbortSignal, 'any', any));

  it('loads a valid bundle, still times out, and still aborts a load whose src changed', async () => {
    expect('any' in AbortSignal).to.equal(false);
    const {el, error} = await loadWithSrc(bundleUrl('title=Partner%20edition'));
    expect(error).to.equal(null);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Partner edition');

    const warnings = captureConsole('warn');
    try {
      const slow = await loadWithSrc(bundleUrl('delay=3000'), {timeout: 300});
      expect(slow.error?.reason).to.equal('timeout');
    } finally {
      warnings.restore();
    }

    await expectStaleLoadAborted(el);
  });
});
