// A React 19 app, as a host writes it (without JSX, so no compiler is needed): the widget through
// its React wrapper, and the plain custom element, which React 19 gives properties and events to.
import {createElement as h, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {SecondaryLiverInfo, GlossaryTerm} from 'secondary-liver-info/react';

window.__events = [];
const record = (name) => (event) => window.__events.push([name, event.detail.origin ?? event.detail.term]);

function App() {
  const [level, setLevel] = useState(3);
  const [support, setSupport] = useState([]);
  window.__setLevel = setLevel;
  window.__setSupport = setSupport;
  return h(
    'main',
    null,
    h(SecondaryLiverInfo, {
      id: 'wrapped',
      headingLevel: level,
      sections: 'symptoms',
      noIllustration: true,
      onSliContentLoad: record('wrapper load'),
      onSliGlossaryOpen: record('wrapper open'),
    }),
    h('secondary-liver-info', {
      id: 'plain',
      headingLevel: 4,
      sections: 'tests',
      'onsli-content-load': record('plain load'),
    }),
    // Rendered in the page, with the host's contacts arriving after the upgrade (React renders them later).
    h(
      'secondary-liver-info',
      {id: 'light', 'light-dom': '', sections: 'outlook'},
      support.map((text) => h('p', {key: text, slot: 'support'}, text))
    ),
    h('p', null, 'Words: ', h(GlossaryTerm, {id: 'term', term: 'ascites', onSliGlossaryOpen: record('term open')}, 'ascites'))
  );
}

createRoot(document.getElementById('root')).render(h(App));
