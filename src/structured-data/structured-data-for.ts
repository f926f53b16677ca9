import type {ContentBundle} from '../bundle/content-bundle.js';
import type {SectionId} from '../bundle/section-ids.js';
import {syncJsonLd} from './json-ld-script.js';
import {jsonLdText, medicalWebPage} from './medical-web-page.js';

/** What the element hands over: loaded with this module, only when a panel asks for structured data. */
export const showStructuredData = (
  host: Element,
  bundle: ContentBundle | undefined,
  sections: readonly SectionId[],
  fragment: (id: SectionId) => string
): void => syncJsonLd(host, bundle ? jsonLdText(medicalWebPage(bundle, sections, fragment)) : undefined);
