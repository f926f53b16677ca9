import type {ContentBundle} from '../bundle/content-bundle.js';
import type {SectionId} from '../bundle/section-ids.js';

/**
 * The glossary ids that the given sections (and the references note, always shown) refer to:
 * what a reader of those sections can meet, so what print and the review record list.
 */
export function termsUsed(bundle: ContentBundle, ids: readonly SectionId[]): ReadonlySet<string> {
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (Object.hasOwn(value, 'term') && Object.hasOwn(value, 'text')) used.add((value as {term: string}).term);
      else Object.values(value).forEach(visit);
    }
  };
  for (const id of ids) visit(bundle.sections[id]);
  visit(bundle.meta.referencesNote);
  return used;
}
