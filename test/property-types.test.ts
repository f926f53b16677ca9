import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {$$, captureConsole, sectionId} from './helpers.js';

// Frameworks set properties with their own types. Every public property, given a value of every
// other type, must be coerced as documented or ignored with one warning: never an uncaught error,
// never an `updateComplete` that does not settle.
const OTHER_TYPES: [string, unknown][] = [
  ['an array', ['symptoms']],
  ['a number', 3],
  ['an object', {toString: () => 'symptoms'}],
  ['null', null],
  ['undefined', undefined],
  ['a symbol', Symbol('x')],
  ['a bigint', 10n],
  ['a function', () => 'symptoms'],
];

const PROPERTIES: Record<string, string[]> = {
  'secondary-liver-info': ['sections', 'headingLevel', 'label', 'src', 'timeout', 'bundle', 'collapsible', 'noIllustration', 'noHeading', 'languages'],
  'symptom-list': ['headingLevel', 'src', 'timeout', 'bundle', 'noHeading'],
  'glossary-term': ['term', 'open'],
};

/** Resolves with the element's `updateComplete`, or rejects if it does not settle in time. */
const settles = (el: {updateComplete: Promise<unknown>}) =>
  Promise.race([el.updateComplete, new Promise((_, reject) => setTimeout(() => reject(new Error('updateComplete did not settle')), 3000))]);

describe('properties set with another type, as frameworks do', () => {
  let uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('`sections` takes an array of ids, as React code passes it', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info .sections=${['symptoms', 'tests']}></secondary-liver-info>`);
    await settles(el);
    expect($$(el, '[part~="section"]').map(sectionId)).to.deep.equal(['symptoms', 'tests']);
  });

  it('`src` takes a URL object', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms"></secondary-liver-info>`);
    el.src = new URL('/__test__/bundle', location.href) as unknown as string;
    await settles(el);
    expect(el.src).to.equal(new URL('/__test__/bundle', location.href).href);
    expect(el.getAttribute('src')).to.equal(el.src);
  });

  for (const [tag, properties] of Object.entries(PROPERTIES)) {
    for (const property of properties) {
      it(`<${tag}>.${property}: every other type renders, settles and throws nothing; at most one warning each`, async () => {
        for (const [name, value] of OTHER_TYPES) {
          const warnings = captureConsole('warn');
          const errors = captureConsole('error');
          try {
            const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(
              tag === 'glossary-term' ? html`<glossary-term term="ascites">ascites</glossary-term>` : document.createElement(tag)
            );
            await settles(el);
            (el as unknown as Record<string, unknown>)[property] = value;
            await settles(el);
            // Set twice: the warning is not repeated.
            (el as unknown as Record<string, unknown>)[property] = value;
            await settles(el);
            const shown = `${el.shadowRoot?.textContent ?? ''} ${el.innerText}`.trim();
            expect(shown, `${property} = ${name}: not blank`).to.not.equal('');
            expect(warnings.calls.filter((w) => w.includes(`\`${property}\``)).length, `${property} = ${name}: one warning at most`).to.be.at.most(1);
            // A bundle of another type is a developer error and says so (documented); nothing else logs errors.
            if (property !== 'bundle') expect(errors.calls, `${property} = ${name}`).to.deep.equal([]);
          } finally {
            warnings.restore();
            errors.restore();
          }
        }
        expect(uncaught).to.deep.equal([]);
      });
    }
  }
});
