import type {ContentBundle} from '../bundle/content-bundle.js';
import {SECTION_IDS, type SectionId} from '../bundle/section-ids.js';

/** "Symptoms and Treatment", in the bundle's language where the browser or Node knows it. */
function listOf(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'}).format(items);
  } catch {
    // A partner bundle's locale that Intl does not accept.
    return items.join(', ');
  }
}

/**
 * The panel region's default accessible name, so that several panels on one page are distinct
 * landmarks with no host effort: the title alone when every section is shown, else the title and
 * the headings of the sections shown ("Secondary liver cancer: Symptoms and Treatment"). Undefined
 * means the visible title names the region by reference.
 */
export function regionName(bundle: ContentBundle, chosen: readonly SectionId[], titleShown: boolean): string | undefined {
  const partial = chosen.length < SECTION_IDS.length;
  if (!partial) return titleShown ? undefined : bundle.meta.title;
  return `${bundle.meta.title}: ${listOf(bundle.locale, chosen.map((id) => bundle.sections[id].heading))}`;
}
