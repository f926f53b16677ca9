// What the panel's first screen does not need: what shows below the sections, what shows only for
// content that arrives in a second round trip anyway (a translation, a partner bundle), and the
// glossary pop-up, needed only when a reader opens a term. The self-contained file loads this as
// a chunk that it requests as soon as it runs (load-parts.cdn.ts); the npm build, servers and the
// snippet CLI import it with everything else (load-parts.ts).
export {about} from '../rendering/about.js';
export {feedback} from '../rendering/feedback.js';
export {otherFormats} from '../rendering/other-formats.js';
export {printGlossary} from '../rendering/print-glossary.js';
export {staleSectionNotice} from '../rendering/stale-section.js';
export {termsUsed} from '../rendering/terms-used.js';
export {popupFor} from '../elements/glossary-popup.js';
