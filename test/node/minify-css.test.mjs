// The template minifier of the CDN build: what it may and may not rewrite in a stylesheet.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {minifyCss} from '../../scripts/rollup/minify-css-templates.mjs';

test('removes comments and formatting whitespace', () => {
  assert.equal(minifyCss(`
    /* why */
    .a > .b ,
    .c {
      color : red ;
      margin: 0.5em 0;
    }
  `), '.a>.b,.c{color:red;margin:.5em 0}');
});

test('shortens colours in declarations', () => {
  assert.equal(minifyCss('.a { color: #aabbcc; border: 1px solid #FFFFFF; background: var(--x, #112233) }'),
    '.a{color:#abc;border:1px solid #FFF;background:var(--x,#123)}');
});

test('leaves #id selectors alone, even ones that look like colours', () => {
  assert.equal(minifyCss('#aabbcc .x { color: #ffffff } div #ddeeff, #abcabc{ margin: 0 }'), '#aabbcc .x{color:#fff}div #ddeeff,#abcabc{margin:0}');
});

test('leaves url(#fragment) references alone', () => {
  assert.equal(minifyCss('.a { fill: url(#aabbcc); }'), '.a{fill:url(#aabbcc)}');
});

test('never rewrites text inside strings', () => {
  const css = `.a::before { content: "a  b ; } /* not a comment */ 0.5 #aabbcc"; }
    .b { font-family: 'Open  Sans', serif; background: url("x.svg#aabbcc") }`;
  assert.equal(
    minifyCss(css),
    `.a::before{content:"a  b ; } /* not a comment */ 0.5 #aabbcc"}.b{font-family:'Open  Sans',serif;background:url("x.svg#aabbcc")}`
  );
});

test('keeps escaped quotes inside strings', () => {
  assert.equal(minifyCss(`.a { content: "say \\"hi  there\\"" }`), `.a{content:"say \\"hi  there\\""}`);
});

test('keeps the space of a descendant combinator before a pseudo-class', () => {
  assert.equal(minifyCss('.a :focus-visible { outline : 0 }'), '.a :focus-visible{outline:0}');
});
