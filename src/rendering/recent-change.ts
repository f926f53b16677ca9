import type {ContentBundle} from '../bundle/content-bundle.js';
import {UPDATE_NOTICE_DAYS} from '../bundle/update-notice.js';
import {own} from '../bundle/own.js';
import type {SectionId} from '../bundle/section-ids.js';

type Change = NonNullable<ContentBundle['meta']['changes']>[number];

const localDay = (date: Date): number => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/**
 * The newest change to `section` published within the last `UPDATE_NOTICE_DAYS` days (by the
 * reader's calendar, like the review notice), or undefined: "Updated on {date}: {summary}".
 */
export function recentChange(bundle: ContentBundle, section: SectionId, today: Date): Change | undefined {
  const changes = own(bundle.meta, 'changes') ?? [];
  let newest: Change | undefined;
  for (const change of changes) {
    const [year = 0, month = 1, day = 1] = change.date.split('-').map(Number);
    const age = (localDay(today) - Date.UTC(year, month - 1, day)) / 86_400_000;
    if (age < 0 || age > UPDATE_NOTICE_DAYS || !change.sections.includes(section)) continue;
    if (!newest || change.date > newest.date) newest = change;
  }
  return newest;
}
