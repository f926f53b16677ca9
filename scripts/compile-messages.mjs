// Compiles the widget's `msg()` calls for the source locale, as lit-localize's transform mode
// does: `msg('Close', {id, desc})` becomes `'Close'`. The ids and descriptions exist for
// extraction into XLIFF; translations are looked up by id from the generated templates. So
// neither the descriptions nor @lit/localize's runtime ship to users.
import {parseAst} from 'rollup/parseAst';

const MSG_IMPORT = /import\s*\{\s*msg\s*\}\s*from\s*['"]@lit\/localize(?:\/init\/install\.js)?['"];?/;

function* calls(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') yield node;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const item of child) yield* calls(item);
    else if (child && typeof child === 'object') yield* calls(child);
  }
}

/** Returns `code` with every `msg('literal', …)` replaced by the literal, or null when it has none. */
export function compileMessages(code, id = 'module') {
  if (!MSG_IMPORT.test(code)) return null;
  const edits = [];
  for (const call of calls(parseAst(code))) {
    const [text] = call.arguments;
    if (text?.type !== 'Literal' || typeof text.value !== 'string')
      throw new Error(`${id}: msg() must be called with a string literal to be compiled`);
    edits.push([call.start, call.end, JSON.stringify(text.value)]);
  }
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out.replace(MSG_IMPORT, '');
}

/** The same, as a rollup plugin. */
export const compileMessagesPlugin = () => ({
  name: 'compile-messages',
  transform(code, id) {
    if (id.includes('node_modules')) return null;
    const out = compileMessages(code, id);
    return out === null ? null : {code: out, map: null};
  },
});

// `node scripts/compile-messages.mjs dist/npm`: the same for the npm build, after tsc.
if (import.meta.url === `file://${process.argv[1]}`) {
  const {readdirSync, readFileSync, writeFileSync} = await import('node:fs');
  const {join} = await import('node:path');
  const dir = process.argv[2];
  let count = 0;
  for (const file of readdirSync(dir, {recursive: true})) {
    if (!String(file).endsWith('.js')) continue;
    const path = join(dir, String(file));
    const out = compileMessages(readFileSync(path, 'utf8'), path);
    if (out === null) continue;
    writeFileSync(path, out);
    count++;
  }
  if (!count) throw new Error(`no msg() calls found under ${dir}: is the build step still needed?`);
}
