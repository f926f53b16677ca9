import {expect} from '@open-wc/testing';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import {cloneEnGB} from './fixtures/bundles.js';

const firstProblem = (data: unknown) => {
  const result = validateBundle(data);
  expect(result.valid).to.equal(false);
  return result.problems[0];
};

describe('validateBundle', () => {
  it('accepts the built-in en-GB bundle', () => {
    expect(validateBundle(cloneEnGB()).problems).to.deep.equal([]);
  });

  it('rejects what is not a bundle, without throwing', () => {
    for (const value of [null, undefined, 42, 'text', [], () => {}]) {
      expect(firstProblem(value)!.path).to.equal('$');
    }
  });

  it('names missing fields, wrong types and unknown fields by JSON path', () => {
    const missing = cloneEnGB();
    delete missing.meta.lastReviewed;
    expect(firstProblem(missing)).to.deep.equal({path: '$.meta.lastReviewed', reason: 'is required'});

    const wrongType = cloneEnGB();
    wrongType.sections.symptoms.items[4].text = 'not rich text';
    expect(firstProblem(wrongType)).to.deep.equal({path: '$.sections.symptoms.items[4].text', reason: 'expected a list, found a string'});

    const unknown = cloneEnGB();
    unknown.glossary[0].html = '<b>x</b>';
    expect(firstProblem(unknown)).to.deep.equal({path: '$.glossary[0].html', reason: 'is not a known field'});

    const badSection = cloneEnGB();
    badSection.sections['what-is-it'].body = [];
    expect(firstProblem(badSection)).to.deep.equal({path: '$.sections["what-is-it"].body', reason: 'must have at least 1 item(s)'});
  });

  it('explains a bad inline run in terms of the run the author meant', () => {
    const bundle = cloneEnGB();
    bundle.sections.outlook.body[0][1] = {term: 'outlook'};
    expect(firstProblem(bundle)).to.deep.equal({path: '$.sections.outlook.body[0][1].text', reason: 'is required'});
  });

  it('checks formats: dates, language tags, ids, http(s) links', () => {
    const date = cloneEnGB();
    date.meta.nextReviewDue = '24 Jul 2026';
    expect(firstProblem(date)!.reason).to.equal('must be a date written YYYY-MM-DD');

    const locale = cloneEnGB();
    locale.locale = 'english please';
    expect(firstProblem(locale)!.path).to.equal('$.locale');

    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/x',
      '//example.org',
      'http://www.nhs.uk/conditions/',
      'https://www.nhs.uk@evil.test/',
      'https://user:pass@evil.test/',
    ]) {
      const bundle = cloneEnGB();
      bundle.meta.references[0].url = url;
      expect(firstProblem(bundle), url).to.deep.equal({path: '$.meta.references[0].url', reason: 'must be an https URL without a user name or password'});
    }
    const withAt = cloneEnGB();
    withAt.meta.references[0].url = 'https://medium.example/@author/post';
    expect(validateBundle(withAt).valid, 'an @ in the path is fine').to.equal(true);
  });

  it('finds glossary references to unknown ids and duplicate ids', () => {
    const bundle = cloneEnGB();
    bundle.sections.symptoms.items[6].text[1].term = 'asites';
    expect(firstProblem(bundle)).to.deep.equal({
      path: '$.sections.symptoms.items[6].text[1].term',
      reason: 'refers to glossary id "asites", which is not in the glossary',
    });
    const duplicate = cloneEnGB();
    duplicate.sections.tests.items[1].id = 'blood';
    expect(firstProblem(duplicate)).to.deep.equal({path: '$.sections.tests.items[1].id', reason: 'duplicate id "blood"'});
  });

  it('requires a reviewer and date for a reviewed translation', () => {
    const bundle = cloneEnGB();
    bundle.meta.translation = {sourceLocale: 'en-GB', status: 'reviewed'};
    expect(firstProblem(bundle)!.path).to.equal('$.meta.translation');
  });

  it('caps sizes so a huge bundle cannot exhaust the page', () => {
    const bundle = cloneEnGB();
    bundle.glossary[0].definition = 'x'.repeat(5000);
    expect(firstProblem(bundle)!.reason).to.equal('is longer than 1000 characters');
  });

  it('refuses language tags that Intl cannot use, which used to pass and then break rendering', () => {
    for (const tag of ['cy-a1', 'cy-GB-GB', 'cy-12', 'de-1996-1996', 'en_GB']) {
      const bundle = cloneEnGB();
      bundle.locale = tag;
      expect(firstProblem(bundle)!.path, tag).to.equal('$.locale');
    }
    for (const tag of ['cy', 'cy-GB', 'sr-Latn-RS', 'es-419', 'de-CH-1996']) {
      const bundle = cloneEnGB();
      bundle.locale = tag;
      expect(validateBundle(bundle).problems, tag).to.deep.equal([]);
    }
  });

  it('refuses impossible dates', () => {
    const bundle = cloneEnGB();
    bundle.meta.lastReviewed = '2023-02-31';
    expect(firstProblem(bundle)).to.deep.equal({path: '$.meta.lastReviewed', reason: 'must be a real calendar date'});
  });

  it('treats text of only spaces or invisible characters as empty, as the JSON Schema does', async () => {
    const schema = await (await fetch('/schema/content-bundle.schema.json')).json();
    const titlePattern = new RegExp(schema.properties.meta.properties.title.pattern, 'u');
    for (const blank of ['   ', '\u200B\u200B', '\u00AD', '\u2060 \uFEFF', '\u202A\u202C']) {
      const bundle = cloneEnGB();
      bundle.meta.title = blank;
      expect(firstProblem(bundle), JSON.stringify(blank)).to.deep.equal({path: '$.meta.title', reason: 'must not be empty'});
      expect(titlePattern.test(blank), `JSON Schema refuses ${JSON.stringify(blank)} too`).to.equal(false);
    }
    expect(titlePattern.test(' a ')).to.equal(true);
  });

  it('refuses a text-direction control without its pair, which would reverse the text after it', () => {
    const bundle = cloneEnGB();
    bundle.glossary[3].pronunciation = '\u202Esis-ta-ssat-em';
    expect(firstProblem(bundle)).to.deep.equal({
      path: '$.glossary[3].pronunciation',
      reason: 'has a text-direction control character without its pair',
    });
    const paired = cloneEnGB();
    paired.glossary[3].pronunciation = 'me-\u2067تس\u2069-ta';
    expect(validateBundle(paired).problems).to.deep.equal([]);
  });

  it('caps the problems it reports, and the length of a path, whatever the input', () => {
    const bundle = cloneEnGB();
    for (let i = 0; i < 65000; i++) bundle.meta[`extra${i}`] = i;
    bundle.meta['k'.repeat(100000)] = 1;
    const result = validateBundle(bundle);
    expect(result.problems.length).to.equal(50);
    const wide = cloneEnGB();
    wide['k'.repeat(100000)] = 1;
    const [problem] = validateBundle(wide).problems;
    expect(problem!.path.length).to.be.below(60);
  });

  it('survives data that is hard to walk: deep nesting and a huge union mismatch', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100000; i++) deep = [deep];
    const bundle = cloneEnGB();
    bundle.sections.outlook.body = deep;
    expect(validateBundle(bundle).valid).to.equal(false);
    const keys = cloneEnGB();
    keys.sections.outlook.body[0][0] = Object.fromEntries(Array.from({length: 200000}, (_, i) => [`k${i}`, i]));
    const result = validateBundle(keys);
    expect(result.valid).to.equal(false);
    expect(result.problems.length).to.be.at.most(50);
  });

  it('limits glossary references, so the largest valid bundle stays quick to render', () => {
    const bundle = cloneEnGB();
    const run = {term: 'ascites', text: 'ascites'};
    bundle.sections.outlook.body = Array.from({length: 20}, () => Array.from({length: 50}, () => run));
    expect(firstProblem(bundle)!.reason).to.match(/glossary references; at most 300 are allowed/);
  });

  it('returns a frozen copy without prototypes: later changes to the original change nothing', () => {
    const original = cloneEnGB();
    const result = validateBundle(original);
    expect(result.valid).to.equal(true);
    const bundle = result.valid ? result.bundle : undefined;
    original.meta.title = 'Changed afterwards';
    expect(bundle!.meta.title).to.equal('Secondary liver cancer');
    expect(Object.getPrototypeOf(bundle!.meta)).to.equal(null);
    expect(Object.isFrozen(bundle!.meta.references[0])).to.equal(true);
  });
});
