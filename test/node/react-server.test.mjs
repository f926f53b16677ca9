// A React server (Next.js, React's renderToString) imports the React entry with no DOM: the
// import must not throw, and the element renders as its tag for the client to upgrade.
// Needs `npm run build` first. No DOM shim is installed in this file.
import {test} from 'node:test';
import assert from 'node:assert/strict';

test('the React entry imports and renders on a server without a DOM', async () => {
  assert.equal(typeof globalThis.customElements, 'undefined');
  const {SecondaryLiverInfo, SymptomList} = await import('../../dist/npm/react/index.js');
  const {createElement} = await import('react');
  const {renderToString} = await import('react-dom/server');
  const html = renderToString(
    createElement('main', null, createElement(SecondaryLiverInfo, {headingLevel: 3, sections: 'symptoms'}), createElement(SymptomList))
  );
  assert.match(html, /<secondary-liver-info><\/secondary-liver-info><symptom-list><\/symptom-list>/);
});
