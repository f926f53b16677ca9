// A Vue 3 app, as a host writes it with render functions (no template compiler needed): Vue sets
// properties it finds on the element, listens with onXxx props, and writes `false` as "false".
import {createApp, h, ref} from 'vue';
import 'secondary-liver-info/define.js';

window.__events = [];
const record = (name) => (event) => window.__events.push([name, event.detail.origin ?? event.detail.term]);
const level = ref(3);
window.__setLevel = (value) => (level.value = value);

createApp({
  setup: () => () =>
    h('main', [
      h('secondary-liver-info', {
        id: 'panel',
        headingLevel: level.value,
        sections: 'symptoms',
        noIllustration: true,
        onSliContentLoad: record('load'),
        onSliGlossaryOpen: record('open'),
      }),
      // What `:no-illustration="false"` writes: the attribute with the value "false".
      h('secondary-liver-info', {id: 'attribute-false', 'no-illustration': false, sections: 'what-is-it'}),
    ]),
}).mount('#root');
