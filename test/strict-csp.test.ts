import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

interface PageRecord {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
  __rendered?: {structuredData?: string; panelItems: number; definition: string; welsh: string; drawing: boolean; litCopies: number};
  __done?: boolean;
}

// The test server injects its own live-reload script into HTML pages; the strict CSP rightly
// blocks it. It is not the widget's, so it is left out of the count.
const ours = (violations: string[]) => violations.filter((v) => !v.includes('__web-dev-server'));

async function run(page: string) {
  const frame = await loadFrame(page, (win) => !!(win as unknown as PageRecord).__done, 8000);
  const record = frame.contentWindow as unknown as PageRecord;
  const result = {
    violations: ours(record.__violations),
    errors: record.__errors,
    warnings: record.__warnings,
    rendered: record.__rendered,
  };
  frame.remove();
  return result;
}

const CASES: [string, string][] = [
  ['the widget alone', '/test/pages/csp-widget.html'],
  ['another Lit library loaded first', '/test/pages/csp-other-lit.html'],
  ['another Lit library, with named Trusted Types policies', '/test/pages/csp-other-lit.html?tt=lit-and-widget'],
  ['the script included twice and a second copy', '/test/pages/csp-twice.html'],
  ['two copies, with named policies and allow-duplicates', '/test/pages/csp-twice.html?tt=widget-duplicates'],
  ['two copies, any policy name but no duplicates', '/test/pages/csp-twice.html?tt=any'],
  ['a WordPress page: ?ver=6.4 on the script, any policy name but no duplicates', '/test/pages/csp-wordpress.html?tt=any'],
];

describe('strict CSP and Trusted Types host pages', () => {
  for (const [name, page] of CASES) {
    it(`${name}: zero violations, zero uncaught errors, everything works`, async () => {
      const {violations, errors, rendered} = await run(page);
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(rendered?.panelItems).to.equal(9);
      expect(rendered?.definition).to.contain('abdomen');
      expect(rendered?.welsh).to.equal('Symptomau');
      if (page === '/test/pages/csp-widget.html') expect(rendered?.structuredData, 'structured data').to.equal('MedicalWebPage');
    });
  }

  it('a trusted-types list without the widget\'s policy: no uncaught error, the fallback stays, an event per element, one console line naming the policy', async () => {
    type Refused = PageRecord & {__contentErrors: [string, string][]; __consoleErrors: string[]};
    const frame = await loadFrame('/test/pages/csp-refused.html?tt=lit-only', (win) => (win as unknown as Refused).__contentErrors?.length === 2, 8000);
    const record = frame.contentWindow as unknown as Refused;
    const doc = frame.contentDocument!;
    expect(record.__errors, 'uncaught errors').to.deep.equal([]);
    expect(record.__contentErrors).to.have.deep.members([
      ['secondary-liver-info', 'trusted-types-refused'],
      ['symptom-list', 'trusted-types-refused'],
    ]);
    const ours = record.__consoleErrors.filter((line) => line.startsWith('secondary-liver-info'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('policy "secondary-liver-info"').and.contain('add it to trusted-types');
    for (const id of ['panel-fallback', 'list-fallback']) expect(doc.getElementById(id)!.getBoundingClientRect().height, id).to.be.greaterThan(0);
    // A term builds its nodes without Lit's templates, so it needs no policy and still works.
    const term = doc.querySelector('glossary-term')!;
    expect(term.getBoundingClientRect().width, 'the term\'s words stay').to.be.greaterThan(0);
    expect(frame.contentWindow!.customElements.get('glossary-term')).to.not.equal(undefined);
    frame.remove();
  });

  it('a second copy of the widget says once, naming both versions, that the tags are taken', async () => {
    const {warnings} = await run('/test/pages/csp-twice.html');
    const taken = warnings.filter((w) => w.includes('already defined'));
    expect(taken).to.have.length(1);
    expect(taken[0]).to.match(/^secondary-liver-info \d+\.\d+\.\d+: .* already defined by secondary-liver-info \d+\.\d+\.\d+ on this page; this copy does nothing\.$/);
  });

  it('a second copy under another URL runs none of its code: one Lit on the page', async () => {
    const {rendered} = await run('/test/pages/csp-twice.html');
    expect(rendered?.litCopies, 'lit-html evaluated once').to.equal(1);
  });

  it('under ?ver= the file runs once: one Lit, the lazy drawing arrives, no warnings', async () => {
    const {warnings, rendered, violations, errors} = await run('/test/pages/csp-wordpress.html?tt=any');
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(rendered?.drawing).to.equal(true);
    expect(rendered?.litCopies, 'one evaluation of the widget, so one Lit').to.equal(1);
    expect(warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
  });

  for (const first of ['older', 'current']) {
    it(`two versions on one page, the ${first} one first: the first owns the tags, the second says so once, nothing breaks`, async () => {
      const frame = await loadFrame(`/__test__/two-versions?first=${first}`, (win) => !!(win as unknown as PageRecord).__done, 8000);
      const record = frame.contentWindow as unknown as PageRecord & {__versions: string[]; __litCopies: number; __secondExportsOwners: boolean};
      const [own, other] = first === 'older' ? ['0.0.9', '0.1.0'] : ['0.1.0', '0.0.9'];
      expect(record.__versions).to.deep.equal([own, own, own]);
      expect(record.__litCopies, 'the second version runs none of its code').to.equal(1);
      expect(record.__secondExportsOwners, "the second version's exports are the classes that own the tags").to.equal(true);
      expect(ours(record.__violations), 'no violation under trusted-types * without allow-duplicates').to.deep.equal([]);
      expect(record.__errors).to.deep.equal([]);
      const taken = record.__warnings.filter((w) => w.includes('already defined'));
      expect(taken).to.have.length(1);
      expect(taken[0]).to.contain(`secondary-liver-info ${other}:`).and.contain(`already defined by secondary-liver-info ${own}`);
      expect(frame.contentDocument!.querySelector('symptom-list')!.shadowRoot!.querySelectorAll('li')).to.have.length(9);
      frame.remove();
    });
  }
});
