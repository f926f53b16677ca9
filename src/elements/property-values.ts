import {warn} from '../safe-console.js';
// Frameworks set properties, not attributes, and pass whatever their own types allow: React code
// naturally writes `sections={['symptoms']}`, a CMS template may pass a number. Every public
// text property is read through this, so a value of another type is coerced as documented or
// ignored with one warning, and never throws inside an update (which would leave `updateComplete`
// unsettled and the panel blank).

const warned = new WeakMap<Element, string[]>();

/**
 * A text property's value: strings as they are; finite numbers and `URL` objects as text; an
 * array of strings joined with spaces (a token list such as `sections`); `null`/`undefined` as
 * unset. Anything else is unset, with one console warning per element and property.
 */
export function textValue(host: Element, property: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && isFinite(value)) || value instanceof URL) return String(value);
  if (Array.isArray(value) && value.every((token) => typeof token === 'string')) return value.join(' ');
  const seen = warned.get(host) ?? [];
  warned.set(host, seen);
  if (!seen.includes(property)) {
    seen.push(property);
    warn(`<${host.localName}>: ${property} ignored, not text (${typeof value})`);
  }
  return null;
}
