import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {loadFrame} from './page-frame.js';
import {nextFrame, textOf} from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('<glossary-term> in a browser without the Popover API', () => {
  it('opens next to the term, works from the keyboard, and throws nothing into the page', async () => {
    const frame = await loadFrame('/test/pages/no-popover-api.html', (win) => !!win.document.querySelector('glossary-term')?.shadowRoot?.querySelector('button'));
    const win = frame.contentWindow as Window & {__errors: string[]};
    const [ascites, jaundice] = [...frame.contentDocument!.querySelectorAll<GlossaryTerm>('glossary-term')];
    const button = part(ascites!, 'term');
    expect(button.hasAttribute('popovertarget')).to.equal(false);
    expect(ascites!.shadowRoot!.querySelector<HTMLElement>('[part~="toggletip"]')?.checkVisibility() ?? false, 'nothing shown while closed').to.equal(false);

    frame.focus();
    button.focus();
    await sendKeys({press: 'Enter'});
    await ascites!.updateComplete;
    await nextFrame();
    await ascites!.updateComplete;
    expect(ascites!.open).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const tip = part(ascites!, 'toggletip').getBoundingClientRect();
    const term = button.getBoundingClientRect();
    expect(tip.height).to.be.greaterThan(0);
    expect(Math.abs(tip.top - term.bottom), 'just below the term').to.be.below(12);
    expect(Math.abs(tip.left - term.left), 'aligned with the term').to.be.below(12);
    expect(textOf(part(ascites!, 'toggletip'))).to.contain('A build up of fluid in the tummy');

    await sendKeys({press: 'Escape'});
    await ascites!.updateComplete;
    expect(ascites!.open).to.equal(false);
    expect(ascites!.shadowRoot!.activeElement).to.equal(button);

    // The Close button works and returns focus to the term.
    jaundice!.show();
    await jaundice!.updateComplete;
    part(jaundice!, 'close').click();
    await jaundice!.updateComplete;
    expect(jaundice!.open).to.equal(false);
    expect(jaundice!.shadowRoot!.activeElement).to.equal(part(jaundice!, 'term'));

    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
