// What every server-rendering test checks first: the three elements exactly as a user who reads
// nothing writes them, rendered whole, and nothing going wrong after the render has returned.
import assert from 'node:assert/strict';

const SECTION_HEADINGS = ['What is secondary liver cancer?', 'Which cancers spread to the liver?', 'Symptoms', 'Tests for secondary liver cancer', 'Treatment', 'Outlook'];

/** Records unhandled rejections, uncaught exceptions and console errors from now on. */
export function watchProcess() {
  const problems = [];
  process.on('unhandledRejection', (reason) => problems.push(`unhandled rejection: ${reason}`));
  process.on('uncaughtException', (error) => problems.push(`uncaught: ${error}`));
  const error = console.error;
  console.error = (...args) => {
    problems.push(`console.error: ${args.join(' ')}`);
    error(...args);
  };
  return problems;
}

export async function assertDefaultsRendered(renderToString, html, problems) {
  const panel = renderToString(html`<secondary-liver-info></secondary-liver-info>`);
  assert.match(panel, /<template [^>]*shadowrootmode="open"/);
  for (const title of SECTION_HEADINGS) assert.ok(panel.includes(`>${title}</h3>`), `the default panel has "${title}"`);
  assert.match(panel, /About this information/);
  assert.doesNotMatch(panel, /aria-busy/, 'not the empty loading shell');
  const list = renderToString(html`<symptom-list></symptom-list>`);
  assert.match(list, /<h2[^>]*>Symptoms<\/h2>/);
  assert.match(list, /feeling generally unwell/);
  const term = renderToString(html`<glossary-term>liver</glossary-term>`);
  assert.match(term, /<glossary-term[^>]*>[\s\S]*liver[\s\S]*<\/glossary-term>/);
  // Anything a render started would settle within a few turns of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(problems, []);
}
