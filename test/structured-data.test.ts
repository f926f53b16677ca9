import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {SECTION_IDS} from '../src/bundle/section-ids.js';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import {cloneEnGB, builtInEnGB} from './fixtures/bundles.js';
import './fixtures/clocks.js';

const blocksOf = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')] as HTMLScriptElement[];
const dataOf = (el: Element) => {
  const blocks = blocksOf(el);
  expect(blocks, 'one JSON-LD block').to.have.length(1);
  return JSON.parse(blocks[0]!.textContent!);
};

const ASPECTS = {
  'what-is-it': 'https://schema.org/OverviewHealthAspect',
  'which-cancers': 'https://schema.org/CausesHealthAspect',
  symptoms: 'https://schema.org/SymptomsHealthAspect',
  tests: 'https://schema.org/SeeDoctorHealthAspect',
  treatment: 'https://schema.org/TreatmentsHealthAspect',
  outlook: 'https://schema.org/PrognosisHealthAspect',
};

describe('structured data (structured-data attribute)', () => {
  it('is off by default: no JSON-LD without the attribute', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    expect(blocksOf(el)).to.have.length(0);
    expect(el.structuredData).to.equal(false);
  });

  it('describes the default panel as a MedicalWebPage whose every value comes from the bundle shown', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info structured-data></secondary-liver-info>`);
    const data = dataOf(el);
    const {meta, sections} = builtInEnGB;
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.name).to.equal(meta.title);
    expect(data.inLanguage).to.equal('en-GB');
    expect(data.lastReviewed).to.equal(meta.lastReviewed);
    expect(data.temporalCoverage).to.equal(`${meta.lastReviewed}/${meta.nextReviewDue}`);
    expect(data.about).to.deep.equal({
      '@type': 'MedicalCondition',
      name: meta.title,
      code: [
        {'@type': 'MedicalCode', codeValue: 'C78.7', codingSystem: 'ICD-10', name: 'Secondary malignant neoplasm of liver and intrahepatic bile duct'},
        {'@type': 'MedicalCode', codeValue: '94381002', codingSystem: 'SNOMED-CT', name: 'Secondary malignant neoplasm of liver'},
      ],
    });
    expect(data.isBasedOn).to.deep.equal({'@type': 'CreativeWork', name: meta.source.name});
    // The built-in bundle names no publisher or licence of its own: none is invented.
    expect(data).to.not.have.property('publisher');
    expect(data).to.not.have.property('license');
    expect(data.hasPart).to.deep.equal(
      SECTION_IDS.map((id) => ({'@type': 'HealthTopicContent', name: sections[id].heading, url: `#sli-${id}`, hasHealthAspect: ASPECTS[id]}))
    );
    // In the light DOM, where crawlers read it, and nowhere in the panel's own rendering.
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('follows the sections, the language and the attribute', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info id="faq" structured-data sections="tests symptoms" lang="cy"></secondary-liver-info>`);
    let data = dataOf(el);
    expect(data.inLanguage).to.equal('cy');
    expect(data.hasPart.map((part: {url: string}) => part.url)).to.deep.equal(['#faq-tests', '#faq-symptoms']);
    expect(data.hasPart[0].name).to.equal('Profion ar gyfer canser eilaidd yr iau');
    expect(data.translationOfWork).to.deep.equal({'@type': 'CreativeWork', inLanguage: 'en-GB'});
    el.sections = 'outlook';
    await el.updateComplete;
    data = dataOf(el);
    expect(data.hasPart.map((part: {hasHealthAspect: string}) => part.hasHealthAspect)).to.deep.equal([ASPECTS.outlook]);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(blocksOf(el)).to.have.length(0);
  });

  it('two panels give two blocks that agree on everything they both describe', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <secondary-liver-info structured-data sections="symptoms"></secondary-liver-info>
      <secondary-liver-info structured-data sections="treatment outlook" collapsible></secondary-liver-info>
    </div>`);
    const panels = [...host.querySelectorAll('secondary-liver-info')];
    for (const panel of panels) await panel.updateComplete;
    const [a, b] = panels.map((el) => dataOf(el));
    for (const key of ['@context', '@type', 'name', 'inLanguage', 'lastReviewed', 'temporalCoverage', 'about', 'isBasedOn'])
      expect(b[key], key).to.deep.equal(a[key]);
    expect(a.hasPart.map((p: {name: string}) => p.name)).to.deep.equal(['Symptoms']);
    expect(b.hasPart.map((p: {name: string}) => p.name)).to.deep.equal(['Treatment', 'Outlook']);
  });

  it('keeps hostile bundle text inside the block: </script> and <!-- cannot end it, and JSON.parse gives the text back', async () => {
    const bundle = cloneEnGB();
    bundle.meta.title = 'Evil </script><script>window.__pwned = 1</script><!-- & \u2028';
    bundle.meta.source.publisher = '</SCRIPT ><img src=x onerror="window.__pwned=2">';
    bundle.meta.source.url = 'https://example.org/source';
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info structured-data .bundle=${bundle}></secondary-liver-info>`);
    const [block] = blocksOf(el);
    expect(block!.textContent).to.not.match(/[<>&\u2028]/);
    const data = dataOf(el);
    expect(data.name).to.equal(bundle.meta.title);
    expect(data.isBasedOn).to.deep.equal({
      '@type': 'CreativeWork',
      name: bundle.meta.source.name,
      url: 'https://example.org/source',
      publisher: {'@type': 'Organization', name: bundle.meta.source.publisher},
    });
    // The same text as page HTML (as a server or the snippet CLI writes it) stays one block.
    const doc = new DOMParser().parseFromString(`<body>${block!.outerHTML}<p>after</p></body>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('script')!.textContent!).name).to.equal(bundle.meta.title);
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('a partner bundle carries its own condition and publisher; codes of the wrong shape are refused', async () => {
    const bundle = cloneEnGB();
    bundle.meta.condition = {icd10: {code: 'C78.7', name: 'Secondary malignant neoplasm of liver and intrahepatic bile duct'}};
    bundle.meta.source.publisher = 'A partner';
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info structured-data .bundle=${bundle}></secondary-liver-info>`);
    const data = dataOf(el);
    expect(data.about.code).to.deep.equal([{'@type': 'MedicalCode', codeValue: 'C78.7', codingSystem: 'ICD-10', name: bundle.meta.condition.icd10.name}]);
    expect(data.isBasedOn.publisher).to.deep.equal({'@type': 'Organization', name: 'A partner'});

    for (const [field, code] of [['icd10', 'c78.7'], ['icd10', 'C787 '], ['icd10', '78.7'], ['snomedCt', '094381002'], ['snomedCt', '9438'], ['snomedCt', '94381002x']]) {
      const wrong = cloneEnGB();
      wrong.meta.condition[field].code = code;
      const result = validateBundle(wrong);
      expect(result.valid, `${field} ${code}`).to.equal(false);
      expect(result.problems[0]!.path).to.equal(`$.meta.condition.${field}.code`);
    }
    const none = cloneEnGB();
    delete none.meta.condition;
    expect(validateBundle(none).valid, 'the condition is optional').to.equal(true);
  });
});
