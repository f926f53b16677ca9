import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

// test/hosts/build/react/ is made by test/hosts/build.mjs (npm test runs it before this suite)
// from the `npm pack` tarball, as a React 19 app's bundler would.
type HostWindow = Window & typeof globalThis & {__events: [string, string][]; __setLevel: (level: number) => void};

describe('a React 19 app', () => {
  it('with the wrapper and with the plain element: properties set by React take effect, React handlers receive the events', async () => {
    const frame = await loadFrame('/test/hosts/build/react/index.html', (win) => {
      const events = (win as HostWindow).__events ?? [];
      return events.some(([name]) => name === 'wrapper load') && events.some(([name]) => name === 'plain load');
    }, 8000);
    const win = frame.contentWindow as HostWindow;
    const doc = frame.contentDocument!;
    const wrapped = doc.querySelector('#wrapped')!;
    const plain = doc.querySelector('#plain')!;
    expect(wrapped.shadowRoot!.querySelector('h3')!.textContent).to.equal('Secondary liver cancer');
    expect(wrapped.shadowRoot!.querySelector('figure'), 'noIllustration set as a property').to.equal(null);
    expect(plain.shadowRoot!.querySelector('h4')!.textContent).to.equal('Secondary liver cancer');
    expect(win.__events).to.deep.include(['wrapper load', 'built-in']);
    expect(win.__events).to.deep.include(['plain load', 'built-in']);

    // A state change in React reaches the element.
    win.__setLevel(5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(wrapped.shadowRoot!.querySelector('h5')).to.not.equal(null);

    // The camelCase event props of the wrapper.
    const inner = wrapped.shadowRoot!.querySelector<HTMLElement>('glossary-term')!;
    inner.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const standalone = doc.querySelector<HTMLElement>('#term')!;
    standalone.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__events.map(([name]) => name)).to.include.members(['wrapper open', 'term open']);
    frame.remove();
  });
});
