/** Marks the JSON-LD block the element owns, so that it never touches a host's own. */
export const JSON_LD_MARK = 'data-sli-structured-data';
