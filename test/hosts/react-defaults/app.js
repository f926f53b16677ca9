// A React 19 app with the wrapper's components and no props but the load handlers.
import {createElement as h} from 'react';
import {createRoot} from 'react-dom/client';
import {SecondaryLiverInfo, SymptomList, GlossaryTerm} from 'secondary-liver-info/react';

window.__events = [];
const record = (name) => (event) => window.__events.push([name, event.detail.origin]);

createRoot(document.getElementById('root')).render(
  h(
    'main',
    null,
    h('h1', null, 'Defaults'),
    h(SecondaryLiverInfo, {onSliContentLoad: record('panel load')}),
    h(SymptomList, {onSliContentLoad: record('list load')}),
    h('p', null, 'A word: ', h(GlossaryTerm, null, 'liver'))
  )
);
