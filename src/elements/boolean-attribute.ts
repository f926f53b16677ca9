/**
 * How the widget reads its boolean attributes. Present means on, as in HTML, except that the value
 * "false" (any case) means off: Vue's `:no-illustration="false"`, Svelte's `no-illustration={false}`
 * and Angular's `[attr.no-illustration]="false"` all write the attribute with the value "false",
 * and a reader of that markup expects the option to be off. Setting the property is always exact.
 * Used as `{type: Boolean, converter: booleanConverter}` (written out, so the manifest analyzer reads it).
 */
export const booleanConverter = {
  fromAttribute: (value: string | null): boolean => value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean): string | null => (value ? '' : null),
};

/**
 * A boolean property's value as the attribute would read it. Frameworks and CMS templates set
 * properties with strings as often as with booleans, and `el.noHeading = "false"` must not turn
 * the option on: a string is read exactly as the attribute value is; anything else by truthiness.
 */
export const booleanValue = (value: unknown): boolean =>
  typeof value === 'string' ? booleanConverter.fromAttribute(value) : Boolean(value);
