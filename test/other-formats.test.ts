import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/define/all.js';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import {localizeUiStrings} from '../src/i18n/localize-ui-strings.js';
import {plainHtml} from '../src/static/plain-html.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {cloneEnGB, partnerBundleWithFormats} from './fixtures/bundles.js';
import {BEFORE_DUE} from './fixtures/clocks.js';
import {$, $$, textOf} from './helpers.js';

const plainDocument = (bundle: unknown, ui = localizeUiStrings(undefined)) => {
  const options = {element: 'secondary-liver-info', sections: ['symptoms'], headingLevel: 2, idPrefix: 'p', today: BEFORE_DUE()} as const;
  return new DOMParser().parseFromString(plainHtml(bundle as Parameters<typeof plainHtml>[0], ui, options), 'text/html');
};

describe('other formats (meta.otherFormats)', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('shows none by default: the built-in bundle has none, because the source gives none', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    expect(el.shadowRoot!.querySelector('[part~="other-formats"]')).to.equal(null);
    expect(plainDocument(cloneEnGB()).querySelector('.sli-other-formats')).to.equal(null);
  });

  it('lists a partner\'s formats near the top, named in the reader\'s language with format and size, each link marked with its language', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms" .bundle=${partnerBundleWithFormats()}></secondary-liver-info>`);
    await el.updateComplete;
    const list = $(el, '[part~="other-formats"]');
    // After the title and the callout, before the first section.
    expect(list.compareDocumentPosition($(el, '[part~="section"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(textOf(list.querySelector('p'))).to.equal('Also available as:');
    expect($$(el, '[part~="other-formats"] li').map(textOf)).to.deep.equal([
      'Easy Read (PDF, 1.2 MB) (hospital.example)',
      'Secondary liver cancer in BSL (British Sign Language video, MP4, 45 MB) (video.example)',
      'Audio (Welsh, MP3, 350 kB) (hospital.example)',
    ]);
    const links = $$(el, '[part~="other-formats"] a') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal(['https://hospital.example/easy-read.pdf', 'https://video.example/bsl', 'https://hospital.example/sain.mp3']);
    expect(links.map((a) => a.hreflang)).to.deep.equal(['en-GB', 'en-GB', 'cy']);
    expect(links[1]!.querySelector('span')!.lang, 'a title is in the format\'s own language').to.equal('en-GB');
    expect(list.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('other-formats-label');
    await expect(el).to.be.accessible();

    // On paper each link says where it leads.
    await emulateMedia({media: 'print'});
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(links[0]!, '::after').content).to.equal('" https://hospital.example/easy-read.pdf"');
  });

  it('names the kinds in the reader\'s language', async () => {
    const bundle = partnerBundleWithFormats();
    const ui = localizeUiStrings((await import('../src/generated/ui-strings/pl.js')).templates);
    expect(ui.formatEasyRead).to.equal('Tekst łatwy do czytania');
    const polish = plainDocument(bundle, ui);
    expect(textOf(polish.querySelector('.sli-other-formats p'))).to.equal('Dostępne także jako:');
    expect(textOf(polish.querySelector('.sli-other-formats li'))).to.match(/^Tekst łatwy do czytania \(PDF, 1[,.]2 MB\)/);
  });

  it('is in the plain snippet too, with the same words and links', async () => {
    const bundle = partnerBundleWithFormats();
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms" .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    const doc = plainDocument(bundle);
    const list = doc.querySelector('.sli-other-formats')!;
    // Before the sections, as in the panel.
    expect(list.compareDocumentPosition(doc.querySelector('.sli-section')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect([...list.querySelectorAll('li')].map(textOf)).to.deep.equal($$(el, '[part~="other-formats"] li').map(textOf));
    expect([...list.querySelectorAll('a')].map((a) => a.getAttribute('hreflang'))).to.deep.equal(['en-GB', 'en-GB', 'cy']);
  });

  it('refuses a format that is not one of the kinds, not https, or not described exactly, naming the JSON path and why', () => {
    const cases: [string, (format: Record<string, unknown>) => void, string, RegExp][] = [
      ['kind', (f) => (f.kind = 'podcast'), '$.meta.otherFormats[0].kind', /must be one of "easy-read", "audio", "video", "bsl-video", "large-print", "braille", "print-pdf"/],
      ['http url', (f) => (f.url = 'http://hospital.example/easy-read.pdf'), '$.meta.otherFormats[0].url', /https URL/],
      ['script url', (f) => (f.url = 'javascript:alert(1)'), '$.meta.otherFormats[0].url', /https URL/],
      ['language', (f) => (f.language = 'english'), '$.meta.otherFormats[0].language', /language tag/],
      ['media type', (f) => (f.mediaType = 'PDF'), '$.meta.otherFormats[0].mediaType', /media type/],
      ['bytes as text', (f) => (f.bytes = '1.2 MB'), '$.meta.otherFormats[0].bytes', /whole number/],
      ['fractional bytes', (f) => (f.bytes = 1.5), '$.meta.otherFormats[0].bytes', /whole number/],
      ['no size', (f) => delete f.bytes, '$.meta.otherFormats[0].bytes', /is required/],
      ['extra field', (f) => (f.onclick = 'x'), '$.meta.otherFormats[0].onclick', /is not a known field/],
    ];
    for (const [name, spoil, path, reason] of cases) {
      const bundle = partnerBundleWithFormats();
      spoil(bundle.meta.otherFormats[0]);
      const result = validateBundle(bundle);
      expect(result.valid, name).to.equal(false);
      expect(result.problems[0]!.path, name).to.equal(path);
      expect(result.problems[0]!.reason, name).to.match(reason);
    }
    expect(validateBundle(partnerBundleWithFormats()).valid).to.equal(true);
  });
});
