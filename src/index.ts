// Side-effect free: importing this registers no tags. Use the `define` entry points for that.
export {SecondaryLiverInfo} from './elements/secondary-liver-info.js';
export {SymptomList} from './elements/symptom-list.js';
export {GlossaryTerm} from './elements/glossary-term.js';
export {preloadLanguages} from './preload-languages.js';
export {SECTION_IDS, type SectionId} from './bundle/section-ids.js';
export type {ContentBundle, GlossaryEntry, InlineRun, ListItem, Reference, RichText} from './bundle/content-bundle.js';
export type {
  BundleProblem,
  ContentErrorDetail,
  ContentErrorReason,
  ContentLoadDetail,
  FeedbackDetail,
  GlossaryToggleDetail,
  SectionToggleDetail,
  WidgetEventMap,
} from './events.js';
