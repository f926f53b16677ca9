import './glossary-term.js';
import {SymptomList} from '../elements/symptom-list.js';
import {defineElement} from './define-element.js';

defineElement('symptom-list', SymptomList);
export {SymptomList};
