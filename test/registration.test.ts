import {expect} from '@open-wc/testing';
import '../src/define/all.js';
import {defineElement} from '../src/define/define-element.js';
import {GlossaryTerm} from '../src/elements/glossary-term.js';
import {captureConsole} from './helpers.js';

describe('registration', () => {
  it('registers all three tags', () => {
    for (const tag of ['secondary-liver-info', 'symptom-list', 'glossary-term']) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  it('is silent when the same class is registered again (a script included twice)', () => {
    const warnings = captureConsole('warn');
    try {
      defineElement('glossary-term', GlossaryTerm);
      expect(warnings.calls).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns instead of throwing when the tag is taken by something else', () => {
    const warnings = captureConsole('warn');
    try {
      expect(() => defineElement('glossary-term', class extends HTMLElement {})).to.not.throw();
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.match(/<glossary-term> and the widget's other tags are already defined by secondary-liver-info \d/);
    } finally {
      warnings.restore();
    }
  });
});
