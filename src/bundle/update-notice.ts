/**
 * How many days the sections a change touched say "Updated on {date}: {summary}" (see
 * `meta.changes`). Its own module, so that rendering it does not pull the schema into the main file.
 */
export const UPDATE_NOTICE_DAYS = 90;
