// A bundled app as a user who reads nothing writes it: the package's define entry and each tag
// with no attributes.
import 'secondary-liver-info/define.js';

document.getElementById('root').innerHTML = `
  <main>
    <h1>Defaults</h1>
    <secondary-liver-info></secondary-liver-info>
    <symptom-list></symptom-list>
    <p>A word: <glossary-term>liver</glossary-term></p>
  </main>`;
