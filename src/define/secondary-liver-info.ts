import './glossary-term.js';
import {SecondaryLiverInfo} from '../elements/secondary-liver-info.js';
import {defineElement} from './define-element.js';

defineElement('secondary-liver-info', SecondaryLiverInfo);
export {SecondaryLiverInfo};
