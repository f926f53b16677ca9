import {expect} from '@open-wc/testing';
import '../src/define/all.js';
import type {ContentErrorDetail, ContentLoadDetail} from '../src/index.js';
import {cloneEnGB} from './fixtures/bundles.js';
import {captureConsole} from './helpers.js';

/** Appends an element and listens on `document` in the same task, as a React effect or Angular binding would. */
function appendAndListen<K extends 'sli-content-load' | 'sli-content-error'>(markup: string, type: K, setUp: (el: HTMLElement) => void = () => {}) {
  const container = document.createElement('div');
  container.innerHTML = markup;
  const el = container.firstElementChild as HTMLElement;
  setUp(el);
  const heard = new Promise<{event: GlobalEventHandlersEventMap[K]; renderedText: string}>((resolve) => {
    // Typed through GlobalEventHandlersEventMap: no cast needed for `detail`.
    document.addEventListener(type, (event) => resolve({event, renderedText: el.shadowRoot?.textContent ?? ''}), {once: true});
  });
  document.body.append(container);
  return {el, container, heard};
}

describe('events, as public API', () => {
  it('sli-content-load for built-in content: after render, with exactly {locale, origin}', async () => {
    const {container, heard} = appendAndListen('<symptom-list></symptom-list>', 'sli-content-load');
    const {event, renderedText} = await heard;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    const detail: ContentLoadDetail = event.detail;
    expect(detail).to.deep.equal({locale: 'en-GB', origin: 'built-in'});
    expect(renderedText, 'content is in the shadow root when the event fires').to.contain('feeling generally unwell');
    container.remove();
  });

  it('sli-content-load for a lazily loaded language and for the bundle property', async () => {
    const cy = appendAndListen('<secondary-liver-info lang="cy" sections="symptoms"></secondary-liver-info>', 'sli-content-load');
    const {event: cyEvent, renderedText: cyText} = await cy.heard;
    expect(cyEvent.detail).to.deep.equal({locale: 'cy', origin: 'built-in'});
    expect(cyText).to.contain('Symptomau');
    cy.container.remove();

    const bundle = cloneEnGB();
    bundle.meta.title = 'From the property';
    const prop = appendAndListen('<secondary-liver-info sections="symptoms"></secondary-liver-info>', 'sli-content-load', (el) => ((el as any).bundle = bundle));
    const {event, renderedText} = await prop.heard;
    expect(event.detail).to.deep.equal({locale: 'en-GB', origin: 'property'});
    expect(renderedText).to.contain('From the property');
    prop.container.remove();
  });

  it('sli-content-load for src content', async () => {
    const {container, heard} = appendAndListen('<symptom-list src="/__test__/bundle?title=x"></symptom-list>', 'sli-content-load');
    const {event} = await heard;
    expect(event.detail).to.deep.equal({locale: 'en-GB', origin: 'src'});
    container.remove();
  });

  it('standalone terms fire no sli-content-load (en-GB or a lazy language); panels still do, terms inside them do not', async () => {
    const loads: string[] = [];
    const record = (event: Event) => loads.push((event.target as Element).localName);
    document.addEventListener('sli-content-load', record);
    try {
      const container = document.createElement('div');
      container.innerHTML = `<p><glossary-term term="ascites">fluid</glossary-term></p>
        <p lang="cy"><glossary-term term="jaundice">clefyd melyn</glossary-term></p>
        <secondary-liver-info sections="what-is-it"></secondary-liver-info>`;
      document.body.append(container);
      const elements = [...container.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('glossary-term, secondary-liver-info')];
      await Promise.all(elements.map((el) => el.updateComplete));
      const welsh = container.querySelector<HTMLElement & {updateComplete: Promise<unknown>; show(): void}>('[lang="cy"] glossary-term')!;
      welsh.show();
      await welsh.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.deep.equal(['secondary-liver-info']);
      welsh.remove();
      container.remove();
    } finally {
      document.removeEventListener('sli-content-load', record);
    }
  });

  it('sli-content-error for a failed src: exactly {reason, message, src, status}, after the fallback is rendered', async () => {
    const warnings = captureConsole('warn');
    try {
      const {container, heard} = appendAndListen('<symptom-list src="/__test__/bundle?status=503"></symptom-list>', 'sli-content-error');
      const {event, renderedText} = await heard;
      const detail: ContentErrorDetail = event.detail;
      expect(Object.keys(detail).sort()).to.deep.equal(['message', 'reason', 'src', 'status']);
      expect(detail.reason).to.equal('http-status');
      expect(detail.status).to.equal(503);
      expect(detail.message).to.be.a('string').and.contain('503');
      expect(detail.src).to.equal(`${location.origin}/__test__/bundle`);
      expect(renderedText).to.contain('could not be shown');
      container.remove();
    } finally {
      warnings.restore();
    }
  });

  it('sli-content-error for an invalid bundle property: exactly {reason, message, problems}', async () => {
    const errors = captureConsole('error');
    try {
      const bundle = cloneEnGB();
      delete bundle.sections.tests.heading;
      const {container, heard} = appendAndListen('<symptom-list></symptom-list>', 'sli-content-error', (el) => ((el as any).bundle = bundle));
      const {event} = await heard;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['message', 'problems', 'reason']);
      expect(event.detail.reason).to.equal('invalid-bundle');
      expect(event.detail.problems).to.deep.equal([{path: '$.sections.tests.heading', reason: 'is required'}]);
      container.remove();
    } finally {
      errors.restore();
    }
  });
});

// Compile-time check of the typed event maps: these lines fail `tsc` if the types are lost.
document.addEventListener('sli-glossary-open', (event) => event.detail.term.toUpperCase());
window.addEventListener('sli-section-toggle', (event) => event.detail.open === true);
