import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import {contentBundleSchema} from '../src/bundle/content-bundle-schema.js';
import type {Schema} from '../src/bundle/schema-dsl.js';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {cloneEnGB, HOSTILE_STRINGS, partnerBundleWithFormats} from './fixtures/bundles.js';
import {openDefinition, tipOf} from './helpers.js';
import {BEFORE_DUE, setToday} from './fixtures/clocks.js';

/** Replaces every free-text string in a bundle with a payload, walking the data alongside the schema. */
function poison(schema: Schema, value: unknown, next: () => string): unknown {
  switch (schema.kind) {
    case 'string':
      if (!schema.pattern) return next();
      // The one free-form URL field: a valid https URL carrying markup.
      return schema.patternName === 'an http(s) URL' ? 'https://example.org/"><img/src=x/onerror=window.__pwned=1>' : value;
    case 'array':
      return (value as unknown[]).map((item) => poison(schema.items, item, next));
    case 'object':
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, child]) => [
          key,
          schema.properties[key] ? poison(schema.properties[key], child, next) : child,
        ])
      );
    case 'union': {
      const member = (schema.members as readonly Schema[]).find((m) => validateBundleMember(m, value));
      return member ? poison(member, value, next) : value;
    }
    default:
      return value;
  }
}

const validateBundleMember = (schema: Schema, value: unknown) =>
  schema.kind === 'string' ? typeof value === 'string' : schema.kind === 'object' && typeof value === 'object' && value !== null &&
    Object.keys(schema.properties).every((key) => key in (value as object));

/** Every element in a tree, descending into open shadow roots. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

const FORBIDDEN_TAGS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'form', 'input', 'style', 'link', 'meta', 'base', 'foreignobject']);

describe('untrusted bundle text', () => {
  it('renders script, HTML, event-handler and URL payloads in every string field as text, and nothing runs', async () => {
    let n = 0;
    const bundle = cloneEnGB();
    bundle.meta.references[0].url = 'https://example.org/reference';
    const poisoned = poison(contentBundleSchema, bundle, () => `${HOSTILE_STRINGS[n++ % HOSTILE_STRINGS.length]} #${n}`) as any;
    expect(validateBundle(poisoned).problems).to.deep.equal([]);
    const href = location.href;

    // A day past any review date, so that the overdue notice renders its strings too.
    setToday(() => new Date(2030, 0, 1));
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info .bundle=${poisoned}></secondary-liver-info>`);
    await el.updateComplete;
    setToday(BEFORE_DUE);
    // Open every definition too, so glossary text is rendered.
    for (const term of el.shadowRoot!.querySelectorAll<GlossaryTerm>('glossary-term')) {
      await openDefinition(term);
      expect(tipOf(term)!.textContent).to.contain('#');
    }

    const elements = [...allElements(el.shadowRoot!)];
    expect(elements.filter((e) => FORBIDDEN_TAGS.has(e.localName)).map((e) => e.localName)).to.deep.equal([]);
    const handlers = elements.flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on')).map((a) => `${e.localName}[${a}]`));
    expect(handlers).to.deep.equal([]);
    const links = elements.filter((e) => e.localName === 'a').map((a) => (a as HTMLAnchorElement).href);
    expect(links).to.have.length(1);
    expect(links[0]).to.match(/^https:\/\/example\.org\//);
    // The payloads are there, as visible text.
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(text).to.contain('<script>window.__pwned=1</script>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as any).__pwned).to.equal(undefined);
    expect(location.href).to.equal(href);
    await expect(el).to.be.accessible();
  });

  it('renders the partner fields (publisher, licence, other formats, changes) as text too, feedback and support included', async () => {
    let n = 0;
    const bundle = partnerBundleWithFormats();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    bundle.meta.changes = [{date: yesterday, sections: ['outlook'], summary: 'x'}];
    const poisoned = poison(contentBundleSchema, bundle, () => `${HOSTILE_STRINGS[n++ % HOSTILE_STRINGS.length]} #${n}`) as any;
    expect(validateBundle(poisoned).problems).to.deep.equal([]);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info feedback sections="outlook" .bundle=${poisoned}
      ><p slot="support">Host text</p></secondary-liver-info
    >`);
    await el.updateComplete;
    const elements = [...allElements(el.shadowRoot!)];
    expect(elements.filter((e) => FORBIDDEN_TAGS.has(e.localName)).map((e) => e.localName)).to.deep.equal([]);
    expect(elements.flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on')))).to.deep.equal([]);
    const text = el.shadowRoot!.textContent!;
    for (const shown of [poisoned.meta.publisher.name, poisoned.meta.licence.name, poisoned.meta.otherFormats[1].title, poisoned.meta.changes[0].summary])
      expect(text).to.contain(shown);
    const hosts = elements.filter((e) => e.localName === 'a').map((a) => new URL((a as HTMLAnchorElement).href).host);
    expect([...new Set(hosts)].sort()).to.deep.equal(['hospital.example', 'video.example']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('never makes a link from a javascript:, data:, http: or credentialed URL, even if a bundle got past validation', async () => {
    const bundle = cloneEnGB();
    bundle.meta.references[0].url = 'javascript:window.__pwned=1';
    bundle.meta.references[1].url = 'data:text/html,<script>window.__pwned=1</script>';
    bundle.meta.references[2].url = 'http://www.nhs.uk/';
    bundle.meta.references[3].url = 'https://www.nhs.uk@evil.test/';
    const {about} = await import('../src/rendering/about.js');
    const {renderContext} = await import('../src/rendering/render-context.js');
    const {localizeUiStrings} = await import('../src/i18n/localize-ui-strings.js');
    const {render} = await import('lit');
    const container = document.createElement('div');
    render(about(renderContext({bundle, ui: localizeUiStrings(undefined), fallback: false}), 3, []), container);
    expect(container.querySelectorAll('a')).to.have.length(0);
    expect(container.textContent).to.contain(bundle.meta.references[0].title);
  });
});
