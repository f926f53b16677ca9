// React components for the three elements, made with @lit/react: properties are set as
// properties, and each widget event has a camelCase prop. Importing this registers the tags.
// React is an optional peer dependency: only this entry needs it.
import {createComponent, type EventName} from '@lit/react';
import * as React from 'react';
import '../define/all.js';
import {GlossaryTerm as GlossaryTermElement} from '../elements/glossary-term.js';
import {SecondaryLiverInfo as SecondaryLiverInfoElement} from '../elements/secondary-liver-info.js';
import {SymptomList as SymptomListElement} from '../elements/symptom-list.js';
import {replayContentEvents} from './replay-content-events.js';
import type {ContentErrorDetail, ContentLoadDetail, FeedbackDetail, GlossaryToggleDetail, SectionToggleDetail} from '../events.js';

const contentEvents = {
  onSliContentLoad: 'sli-content-load' as EventName<CustomEvent<ContentLoadDetail>>,
  onSliContentError: 'sli-content-error' as EventName<CustomEvent<ContentErrorDetail>>,
};
const glossaryEvents = {
  onSliGlossaryOpen: 'sli-glossary-open' as EventName<CustomEvent<GlossaryToggleDetail>>,
  onSliGlossaryClose: 'sli-glossary-close' as EventName<CustomEvent<GlossaryToggleDetail>>,
};

/**
 * `<secondary-liver-info>` as a React component. After server rendering, `onSliContentLoad` (or
 * `onSliContentError`) still hears the first content event once, although the element announced
 * it before hydration.
 */
export const SecondaryLiverInfo = replayContentEvents(React, createComponent({
  tagName: 'secondary-liver-info',
  elementClass: SecondaryLiverInfoElement,
  react: React,
  events: {
    ...contentEvents,
    ...glossaryEvents,
    onSliSectionToggle: 'sli-section-toggle' as EventName<CustomEvent<SectionToggleDetail>>,
    onSliFeedback: 'sli-feedback' as EventName<CustomEvent<FeedbackDetail>>,
  },
  displayName: 'SecondaryLiverInfoElement',
}), 'SecondaryLiverInfo');

/** `<symptom-list>` as a React component. */
export const SymptomList = replayContentEvents(React, createComponent({
  tagName: 'symptom-list',
  elementClass: SymptomListElement,
  react: React,
  events: {...contentEvents, ...glossaryEvents},
  displayName: 'SymptomListElement',
}), 'SymptomList');

/** `<glossary-term>` as a React component. */
export const GlossaryTerm = createComponent({
  tagName: 'glossary-term',
  elementClass: GlossaryTermElement,
  react: React,
  // A standalone term fires no sli-content-load (issue 24), only a failure.
  events: {onSliContentError: contentEvents.onSliContentError, ...glossaryEvents},
  displayName: 'GlossaryTerm',
});
