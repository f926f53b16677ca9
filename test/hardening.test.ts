import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {cloneEnGB} from './fixtures/bundles.js';
import './fixtures/clocks.js'; // today is before the content's review date, unless a test says otherwise
import {$, captureConsole, definitionOf, openDefinition, textOf, tipOf} from './helpers.js';
import {loadFrame} from './page-frame.js';

/** Unhandled rejections and errors that reach the page while `body` runs. */
async function pageErrors(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  const onError = (event: ErrorEvent) => seen.push(String(event.message));
  addEventListener('unhandledrejection', onRejection);
  addEventListener('error', onError);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
  }
  return seen;
}

describe('hardening against bad bundles and hostile pages', () => {
  it('a bundle whose language tag Intl cannot use never blanks the panel and throws nothing', async () => {
    for (const tag of ['cy-a1', 'cy-GB-GB', 'cy-12']) {
      const errors = captureConsole('error');
      try {
        const thrown = await pageErrors(async () => {
          const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms"></secondary-liver-info>`);
          const loads: string[] = [];
          el.addEventListener('sli-content-load', (e) => loads.push(e.detail.origin));
          const bundle = cloneEnGB();
          bundle.locale = tag;
          setTimeout(() => (el.bundle = bundle));
          const event = await oneEvent(el, 'sli-content-error');
          expect(event.detail.reason, tag).to.equal('invalid-bundle');
          expect(event.detail.problems[0].path).to.equal('$.locale');
          expect(loads, 'no success event for refused content').to.deep.equal([]);
          expect($(el, '[part~="base"]').hasAttribute('aria-busy')).to.equal(false);
          expect(textOf($(el, '[part~="fallback-notice"]'))).to.contain('could not be shown');
        });
        expect(thrown, tag).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    }
  });

  it('renders what it accepted, not what the object became afterwards', async () => {
    const bundle = cloneEnGB();
    bundle.meta.title = 'Accepted title';
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms" .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    bundle.meta.title = '<img src=x onerror=alert(1)> changed later';
    bundle.sections.symptoms.items[0].text = ['changed later'];
    el.requestUpdate();
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Accepted title');
    expect(textOf($(el, '[part~="section-symptoms"] li'))).to.equal('feeling generally unwell');
  });

  it('isolates a paired direction override in a pronunciation from the widget\'s own label', async () => {
    const bundle = cloneEnGB();
    const metastases = bundle.glossary.find((entry: {id: string}) => entry.id === 'metastases');
    metastases.pronunciation = '\u202Eabc\u202C';
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="what-is-it" no-illustration .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    const term = el.shadowRoot!.querySelector<GlossaryTerm>('glossary-term[term="metastases"]')!;
    await openDefinition(term);
    const bdi = tipOf(term)!.querySelector('bdi')!;
    expect(bdi.textContent).to.equal('\u202Eabc\u202C');
    term.hide();
  });

  it('never reports a src query, fragment or credentials, and clamps a bad timeout', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms" timeout="abc"></secondary-liver-info>`);
      setTimeout(() => (el.src = '/__test__/bundle?status=500&token=SECRET#frag'));
      const event = await oneEvent(el, 'sli-content-error');
      expect(event.detail.reason, 'the timeout fell back to its default').to.equal('http-status');
      expect(JSON.stringify(event.detail)).to.not.contain('SECRET');
      expect(warnings.calls.join('\n')).to.not.contain('SECRET');

      setTimeout(() => (el.src = 'https://user:SECRET@partner.example/cy.json'));
      const credentials = await oneEvent(el, 'sli-content-error');
      expect(credentials.detail.reason).to.equal('invalid-url');
      expect(JSON.stringify(credentials.detail)).to.not.contain('SECRET');
      expect(warnings.calls.join('\n')).to.not.contain('SECRET');
    } finally {
      warnings.restore();
    }
  });

  it('is not fooled by a polluted Object.prototype on the host page', async () => {
    const frame = await loadFrame('/test/pages/polluted-prototype.html', (win) =>
      !!win.document.querySelector('#built-in')?.shadowRoot?.querySelector('[part~="references"] li')
    );
    const doc = frame.contentDocument!;
    const builtIn = doc.querySelector('#built-in')!;
    expect(builtIn.shadowRoot!.querySelectorAll('a[href*="evil"]'), 'no reference became a link').to.have.length(0);
    expect(textOf(builtIn.shadowRoot!.querySelector('[part~="base"]'))).to.not.contain('PWNED');
    expect(builtIn.shadowRoot!.querySelectorAll('em')).to.have.length(0);

    // `optional` on the prototype must not make required fields optional.
    const partner = doc.querySelector('#partner') as HTMLElement & {bundle: unknown; updateComplete: Promise<unknown>};
    const bundle = cloneEnGB();
    delete bundle.sections;
    const refused = new Promise<CustomEvent>((resolve) => partner.addEventListener('sli-content-error', (e) => resolve(e as CustomEvent), {once: true}));
    partner.bundle = bundle;
    const [problem] = (await refused).detail.problems;
    expect([problem.path, problem.reason]).to.deep.equal(['$.sections', 'is required']);

    const term = doc.querySelector('glossary-term') as GlossaryTerm;
    await openDefinition(term);
    expect(definitionOf(term)).to.contain('fluid').and.not.contain('PWNED');
    term.hide();
    frame.remove();
  });
});

describe('rendering failures', () => {
  it('content that cannot be rendered falls back like a failed load: an error event, no success event, nothing thrown', async () => {
    const thrown = await pageErrors(async () => {
      const el = document.createElement('symptom-list') as unknown as HTMLElement & {renderContent(context: unknown): unknown; updateComplete: Promise<unknown>};
      let failures = 1;
      // A defect no validator foresaw: the first render throws.
      el.renderContent = function (this: typeof el, context: unknown) {
        if (failures-- > 0) throw new Error('render defect');
        return Object.getPrototypeOf(this).renderContent.call(this, context);
      };
      const events: string[] = [];
      el.addEventListener('sli-content-load', () => events.push('load'));
      const error = new Promise<CustomEvent>((resolve) => el.addEventListener('sli-content-error', (e) => resolve(e as CustomEvent), {once: true}));
      const warnings = captureConsole('warn');
      try {
        document.body.append(el);
        const {detail} = await error;
        expect(detail.reason).to.equal('invalid-bundle');
        expect(detail.message).to.contain('render defect');
        await el.updateComplete;
        expect(events, 'no success event for content that failed to render').to.deep.equal([]);
        expect(textOf($(el, '[part~="heading"]'))).to.equal('Symptoms');
        expect(textOf($(el, '[part~="fallback-notice"]'))).to.contain('could not be shown');
      } finally {
        warnings.restore();
        el.remove();
      }
    });
    expect(thrown).to.deep.equal([]);
  });
});
