import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

// test/hosts/build/react/ is made by test/hosts/build.mjs (npm test runs it before this suite)
// from the `npm pack` tarball, as a React 19 app's bundler would.
type HostWindow = Window &
  typeof globalThis & {__events: [string, string][]; __setLevel: (level: number) => void; __setSupport: (texts: string[]) => void};

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

  it('light-dom: support content React renders after the upgrade is placed, reordered and removed through React', async () => {
    const frame = await loadFrame('/test/hosts/build/react/index.html', (win) => !!win.document.querySelector('#light [part~="section-outlook"]'), 8000);
    const win = frame.contentWindow as HostWindow;
    const light = frame.contentDocument!.querySelector('#light')!;
    const block = () => light.querySelector<HTMLElement>(':scope > [part~="base"] > [part~="support"]')!;
    const texts = () => [...block().querySelectorAll(':scope > [slot="support"]')].map((p) => p.textContent);
    const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
    expect(block().hidden).to.equal(true);
    win.__setSupport(['Ring the liver nurses.']);
    await tick();
    expect(block().hidden).to.equal(false);
    expect(block().querySelector('h3')!.textContent).to.equal('Who to contact');
    expect(texts()).to.deep.equal(['Ring the liver nurses.']);
    // React inserts before a sibling the element has moved, and removes one: no NotFoundError.
    win.__setSupport(['Or the helpline.', 'Ring the liver nurses.']);
    await tick();
    expect(texts()).to.deep.equal(['Or the helpline.', 'Ring the liver nurses.']);
    win.__setSupport(['Ring the liver nurses.']);
    await tick();
    expect(texts()).to.deep.equal(['Ring the liver nurses.']);
    win.__setSupport([]);
    await tick();
    expect(block().hidden).to.equal(true);
    expect(light.querySelectorAll('[slot="support"]')).to.have.length(0);
    expect((win as unknown as {__problems: string[]}).__problems).to.deep.equal([]);
    frame.remove();
  });
});
