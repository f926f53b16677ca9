import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

interface PageRecord {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
  __rendered?: {panelItems: number; definition: string; welsh: string};
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
    });
  }

  it('a second copy of the widget only warns that the tags are taken', async () => {
    const {warnings} = await run('/test/pages/csp-twice.html');
    const taken = warnings.filter((w) => w.includes('is already defined'));
    expect(taken.map((w) => w.split(' ')[0]).sort()).to.deep.equal(['<glossary-term>', '<secondary-liver-info>', '<symptom-list>']);
  });
});
