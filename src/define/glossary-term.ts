import {GlossaryTerm} from '../elements/glossary-term.js';
import {defineElement} from './define-element.js';

defineElement('glossary-term', GlossaryTerm);
export {GlossaryTerm};
