import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

// test/hosts/build/{vue,vue-sfc,svelte,angular}/ are made by test/hosts/build.mjs (npm test runs it before
// this suite) from the `npm pack` tarball, as a Vue 3, Svelte 5 or Angular 21 app's bundler would.
type HostWindow = Window & typeof globalThis & {__events: [string, string][]; __setLevel: (level: number) => void};

const APPS = {vue: 'Vue 3 (render functions)', 'vue-sfc': 'Vue 3 (single-file component)', svelte: 'Svelte 5', angular: 'Angular 21'};

for (const [app, name] of Object.entries(APPS)) {
  describe(`a ${name} app`, () => {
    it('renders the widget; properties set by the framework take effect; its handlers receive the events; "false" means off', async () => {
      const frame = await loadFrame(`/test/hosts/build/${app}/index.html`, (win) => ((win as HostWindow).__events ?? []).some(([name]) => name === 'load'), 8000);
      const win = frame.contentWindow as HostWindow;
      const doc = frame.contentDocument!;
      const panel = doc.querySelector('#panel')!;
      expect(panel.shadowRoot!.querySelector('h3')!.textContent).to.equal('Secondary liver cancer');
      expect(win.__events).to.deep.include(['load', 'built-in']);

      win.__setLevel(5);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(panel.shadowRoot!.querySelector('h5'), 'a framework state change reaches the element').to.not.equal(null);

      panel.shadowRoot!.querySelector<HTMLElement>('glossary-term')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(win.__events.map(([name]) => name)).to.include('open');

      const attributeFalse = doc.querySelector('#attribute-false') as HTMLElement & {noIllustration: boolean};
      expect(attributeFalse.getAttribute('no-illustration'), `what ${app} writes`).to.equal('false');
      expect(attributeFalse.noIllustration).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(attributeFalse.shadowRoot!.querySelector('figure'), 'the illustration stays').to.not.equal(null);
      frame.remove();
    });
  });
}
