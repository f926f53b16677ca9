// `snippet --support FILE`: the host's contact block, reduced and placed at the same point in both
// snippets, and what content systems' sanitizers leave of it (scripts/build-test-snippets.mjs
// writes the same output for the browser suite). Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import sanitizeHtml from 'sanitize-html';
import {parse, SANITIZERS} from './sanitizers.mjs';
import {reduceSupport} from '../../bin/support-fragment.mjs';

const cli = new URL('../../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, 'snippet', ...args], {encoding: 'utf8', timeout: 60000});
const fragment = new URL('../fixtures/support.html', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'sli-support-'));
const normalise = (text) => text.replace(/\s+/g, ' ').trim();

const KEPT_TEXT = ['Our liver nurse team', 'Example Hospital', '01632 960000', 'liver.nurses@hospital.example', 'Other help', 'Support groups', 'Click me', 'Insecure site', 'Ask at reception', 'Send'];
const DROPPED_TEXT = ['display: none', '__pwned', 'Hidden template text', 'SVG text'];

test('reduces the fragment to headings, paragraphs, lists, links (https, tel, mailto) and emphasis, and re-levels its headings', () => {
  const {html, ownHeading} = reduceSupport(sanitizeHtml, '<h1 id="x">A</h1><p>b <a href=" tel:01632960000 ">c</a> <b>d</b></p><h3>E</h3><h6>F</h6>', 3);
  assert.equal(html, '<h3>A</h3><p>b <a href="tel:01632960000" rel="noopener noreferrer">c</a> d</p><h4>E</h4><h5>F</h5>');
  assert.equal(ownHeading, true);
  assert.equal(reduceSupport(sanitizeHtml, '<div><p>Text</p></div>', 3).ownHeading, false);
  // Obfuscated schemes and protocol-relative links are not links.
  for (const href of ['java&#x09;script:x', ' javascript:x', '//evil.example/', 'data:text/html,x', 'HTTP://x.example/', 'vbscript:x']) {
    assert.equal(reduceSupport(sanitizeHtml, `<p><a href="${href}">t</a></p>`, 2).html, '<p>t</p>', href);
  }
});

for (const plain of [true, false]) {
  const kind = plain ? 'plain' : 'rich';
  test(`${kind} snippet: the block sits after the outlook and before "About this information", the host's heading at the sections' level`, () => {
    const result = run(...(plain ? ['--plain'] : []), '--support', fragment, '--heading-level', '2');
    assert.equal(result.status, 0, result.stderr);
    const html = result.stdout;
    const text = normalise(html.replace(/<[^>]*>/g, ' '));
    // The rich snippet's own styles are in its shadow root; the host's block is outside it.
    const light = html.replace(/<template[^>]*shadowrootmode[\s\S]*?<\/template>/g, '');
    for (const kept of KEPT_TEXT) assert.ok(text.includes(kept), `kept: ${kept}`);
    for (const dropped of DROPPED_TEXT) assert.ok(!light.includes(dropped), `dropped: ${dropped}`);
    assert.doesNotMatch(light, /<(style|script|iframe|form|input|button|img|svg)\b|on[a-z]+=|javascript:|http:\/\//i);
    assert.match(html, /<h3>Our liver nurse team<\/h3>/, 'the host\'s top heading at the sections\' level (h3 under an h2 title)');
    assert.match(html, /<h4>Other help<\/h4>/);
    assert.match(html, /<a href="tel:01632960000" rel="noopener noreferrer">01632 960000<\/a>/);
    assert.match(html, /<a href="mailto:liver.nurses@hospital.example" rel="noopener noreferrer">/);
    assert.match(html, /<a href="https:\/\/hospital.example\/support" rel="noopener noreferrer">Support groups<\/a>/);
    assert.ok(!/Who to contact/.test(html), 'the host\'s own heading wins');
    if (plain) {
      const at = (needle) => html.indexOf(needle);
      assert.ok(at('sli-section-outlook') < at('sli-support') && at('sli-support') < at('sli-about'));
    } else {
      // The shadow root's support block is shown (not hidden) and the contacts are its slotted light DOM.
      assert.match(html, /<div class="support" part="support"\s*>/);
      assert.match(html, /<div slot="support"><h3>Our liver nurse team<\/h3>/);
      const shadow = html.match(/<template[^>]*shadowrootmode="open"[^>]*>([\s\S]*)<\/template>/)[1];
      const at = (needle) => shadow.indexOf(needle);
      assert.ok(at('section-outlook') < at('<slot name="support"') && at('<slot name="support"') < at('part="about"'));
    }
  });
}

test('symptom-list: the block follows the caveat, under the default heading one level below the list\'s', () => {
  const file = join(temp, 'no-heading.html');
  writeFileSync(file, '<p>Ring the helpline on <a href="tel:01632960001">01632 960001</a>.</p>');
  const plain = run('--plain', '--element', 'symptom-list', '--support', file, '--heading-level', '3');
  assert.equal(plain.status, 0, plain.stderr);
  assert.ok(plain.stdout.indexOf('sli-caveat') < plain.stdout.indexOf('sli-support'));
  assert.match(plain.stdout, /<div class="sli-support">\n<h4 class="sli-heading">Who to contact<\/h4>\n<p>Ring the helpline/);
  const welsh = run('--plain', '--locale', 'cy', '--support', file);
  assert.match(welsh.stdout, /<h3 class="sli-heading">Pwy i gysylltu â nhw<\/h3>/);
  const rich = run('--element', 'symptom-list', '--support', file, '--heading-level', '3');
  assert.equal(rich.status, 0, rich.stderr);
  assert.match(rich.stdout, /<h4 id="support-heading"[^>]*>Who to contact<\/h4>/);
});

test('no --support: no block in either snippet', () => {
  assert.doesNotMatch(run('--plain').stdout, /sli-support|Who to contact/);
  const rich = run().stdout;
  assert.match(rich, /<div class="support" part="support" hidden\s*>/);
  assert.doesNotMatch(rich, /Who to contact|slot="support"/);
});

test('a fragment it will not use: a clear line, status 2, nothing written', () => {
  const empty = join(temp, 'empty.html');
  writeFileSync(empty, '<script>x</script><img src=x>');
  const link = join(temp, 'link.html');
  symlinkSync(fragment, link);
  for (const [file, reason] of [[empty, /has nothing left once reduced/], [link, /is a symbolic link/], [join(temp, 'missing.html'), /cannot read: no such file/]]) {
    const result = run('--plain', '--support', file);
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^secondary-liver-info snippet: --support .*: /);
    assert.match(result.stderr, reason);
  }
});

for (const [name, sanitize] of Object.entries(SANITIZERS)) {
  test(`${name}: the host's contacts survive the content system's sanitizer, in place`, () => {
    const clean = sanitize(run('--plain', '--support', fragment).stdout);
    const doc = parse(clean);
    const block = doc.querySelector('.sli-support') ?? doc.querySelector('h3 + p')?.parentElement;
    const text = normalise(doc.body.textContent);
    for (const kept of KEPT_TEXT) assert.ok(text.includes(kept), `kept: ${kept}`);
    assert.ok(block, 'the block is there');
    assert.ok(doc.querySelector('a[href="https://hospital.example/support"]'), 'https link kept');
    assert.ok(doc.querySelector('a[href="mailto:liver.nurses@hospital.example"]'), 'mailto link kept');
    assert.ok(doc.querySelector('a[href="tel:01632960000"]'), 'tel link kept');
    const headings = [...doc.querySelectorAll('h2, h3, h4')].map((h) => normalise(h.textContent));
    assert.ok(headings.indexOf('Outlook') + 1 === headings.indexOf('Our liver nurse team'), headings.join(' | '));
    assert.ok(headings.indexOf('Our liver nurse team') < headings.indexOf('About this information'));
  });
}
