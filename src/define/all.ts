// Registers all three elements. The entry of the self-contained script-tag build.
import './glossary-term.js';
import './symptom-list.js';
import './secondary-liver-info.js';
export * from '../index.js';
