/**
 * An options bag for a platform API (`fetch`, `attachShadow`, `Intl.*`, `addEventListener`…) that
 * reads only what it is given. Those APIs read every option they know with an ordinary property
 * get, so a plain literal inherits whatever a polluted `Object.prototype` adds (`mode`,
 * `slotAssignment`, `calendar`, `signal`…); a null prototype has nothing to inherit.
 */
export const ownOptions = <T extends object>(fields: T): T => Object.assign(Object.create(null) as T, fields);
