// Shrinks the text of Lit's html`` and css`` templates, which minifiers leave alone because a
// template literal's text is data to them: comments and indentation in CSS, and the line breaks
// and indentation between tags and attributes in HTML. Finds templates through the AST, so
// nested templates and `${}` expressions are handled exactly.

// Comments, and strings kept whole: nothing inside `content: "a  b"` or `url("x.svg#aabbcc")` changes.
const COMMENTS_AND_STRINGS = /\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'/g;

/**
 * Removes comments and formatting whitespace from a stylesheet. Strings are set aside before any
 * rule runs and put back after; colours are shortened (`#aabbcc` → `#abc`) only inside
 * declaration blocks and only as values, never in an `#id` selector or a `url(#fragment)`.
 */
export function minifyCss(css) {
  const strings = [];
  const masked = css.replace(COMMENTS_AND_STRINGS, (token) => (token.startsWith('/*') ? ' ' : `\0${strings.push(token) - 1}\0`));
  return masked
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    // Innermost blocks hold declarations only, where a space before `:` is formatting (in a selector it is a combinator).
    .replace(/\{[^{}]*\}/g, (block) =>
      block.replace(/\s+:/g, ':').replace(/(?<=[:\s,])#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    )
    .trim()
    .replace(/\0(\d+)\0/g, (_, index) => strings[Number(index)]);
}

// Whitespace containing a line break is formatting; a single space between inline content is
// meaning, so it stays a space. Around tags (`>\n  <`) the break itself carries no meaning.
const minifyHtml = (text) => text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'css'))
    yield node;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const item of child) yield* taggedTemplates(item);
    else if (child && typeof child === 'object' && key !== 'parent') yield* taggedTemplates(child);
  }
}

export function minifyCssTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(html|css)\s*`/.test(code)) return null;
      const edits = [];
      for (const template of taggedTemplates(this.parse(code))) {
        const isCss = template.tag.name === 'css';
        if (isCss && template.quasi.expressions.length) continue;
        for (const quasi of template.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const minified = isCss ? minifyCss(raw) : minifyHtml(raw);
          if (minified !== raw) edits.push([quasi.start, quasi.end, minified]);
        }
      }
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}
