import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import '../src/define/all.js';

// The browser suite runs in Lit's development build, where a Lit warning fails the running test
// (web-test-runner.config.mjs). This guards the first half: were the suite ever switched back to
// the production build, Lit's warnings would silently stop showing.
describe("Lit's development mode", () => {
  it('the suite runs with the development build of Lit, whose warnings the test pages turn into failures', async () => {
    expect((LitElement as unknown as {enabledWarnings?: unknown}).enabledWarnings, 'a development-build-only static').to.not.equal(undefined);
    expect((globalThis as unknown as {litIssuedWarnings?: Set<string>}).litIssuedWarnings?.has('dev-mode')).to.equal(true);
    // The elements with no attributes, in the mode that would warn about updates scheduled late.
    const panel = await fixture<LitElement>(html`<secondary-liver-info></secondary-liver-info>`);
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('[part~="section"]')).to.have.length(6);
  });
});
