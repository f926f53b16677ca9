/**
 * An optional field of bundle data, read only if the object itself has it. A plain `ref.url`
 * would find a `url` that anything on the host page added to `Object.prototype`, and turn every
 * reference into a link to it. Validated bundles have no prototype, but the built-in ones do.
 */
export const own = <T extends object, K extends keyof T>(data: T, key: K): T[K] | undefined =>
  Object.hasOwn(data, key) ? data[key] : undefined;
