import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {loadFrame} from './page-frame.js';
import {nextFrame, textOf} from './helpers.js';

const tipIn = (doc: Document) => doc.querySelector('sli-glossary-popup')?.shadowRoot?.querySelector<HTMLElement>('[part~="toggletip"]') ?? null;

describe('<glossary-term> in a browser without the Popover API', () => {
  it('opens next to the term, works from the keyboard, and throws nothing into the page', async () => {
    const frame = await loadFrame('/test/pages/no-popover-api.html', (win) => win.document.querySelector('glossary-term')?.getAttribute('role') === 'button');
    const win = frame.contentWindow as Window & {__errors: string[]};
    const doc = frame.contentDocument!;
    const [ascites, jaundice] = [...doc.querySelectorAll<GlossaryTerm>('glossary-term')];
    expect(tipIn(doc)?.checkVisibility() ?? false, 'nothing shown while closed').to.equal(false);

    frame.focus();
    ascites!.focus();
    await sendKeys({press: 'Enter'});
    await nextFrame();
    expect(ascites!.open).to.equal(true);
    expect(ascites!.getAttribute('aria-expanded')).to.equal('true');
    const tip = tipIn(doc)!;
    expect(tip.hasAttribute('popover')).to.equal(false);
    const tipBox = tip.getBoundingClientRect();
    const term = ascites!.getBoundingClientRect();
    expect(tipBox.height).to.be.greaterThan(0);
    expect(Math.abs(tipBox.top - term.bottom), 'just below the term').to.be.below(12);
    expect(Math.abs(tipBox.left - term.left), 'aligned with the term').to.be.below(12);
    expect(textOf(tip)).to.contain('A build up of fluid in the tummy');

    await sendKeys({press: 'Escape'});
    expect(ascites!.open).to.equal(false);
    expect(tip.checkVisibility()).to.equal(false);
    expect(doc.activeElement).to.equal(ascites);

    // One open at a time here too, and the Close button works and returns focus to the term.
    ascites!.show();
    jaundice!.show();
    expect(ascites!.open).to.equal(false);
    await nextFrame();
    expect(textOf(tip)).to.contain('Yellowing');
    tip.querySelector<HTMLElement>('[part~="close"]')!.click();
    expect(jaundice!.open).to.equal(false);
    expect(doc.activeElement).to.equal(jaundice);

    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
