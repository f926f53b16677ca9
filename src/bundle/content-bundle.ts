import type {Infer} from './schema-dsl.js';
import type {contentBundleSchema, inlineSchema, richTextSchema} from './content-bundle-schema.js';

/**
 * A content bundle: all the patient information in one language.
 * Derived from `contentBundleSchema`; see `schema/content-bundle.schema.json` for the published form.
 */
export type ContentBundle = Infer<typeof contentBundleSchema>;
export type RichText = Infer<typeof richTextSchema>;
export type InlineRun = Infer<typeof inlineSchema>;
export type GlossaryEntry = ContentBundle['glossary'][number];
export type Reference = ContentBundle['meta']['references'][number];
export type Sections = ContentBundle['sections'];
export type ListItem = Sections['symptoms']['items'][number];
