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

    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', '//example.org']) {
      const bundle = cloneEnGB();
      bundle.meta.references[0].url = url;
      expect(firstProblem(bundle), url).to.deep.equal({path: '$.meta.references[0].url', reason: 'must be an http(s) URL'});
    }
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
});
