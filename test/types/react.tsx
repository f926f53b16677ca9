// Type-checked by `npm run test:types`: a React 19 app's templates with the shipped JSX types.
import type {} from 'secondary-liver-info/types/react';

export const panel = (
  <secondary-liver-info
    headingLevel={3}
    noIllustration
    sections="symptoms tests"
    label="About the symptoms"
    onsli-content-load={(event) => event.detail.origin.toUpperCase()}
    onsli-content-error={(event) => event.detail.reason}
  />
);
export const term = (
  <glossary-term term="ascites" onsli-glossary-open={(event) => event.detail.term}>
    ascites
  </glossary-term>
);
// @ts-expect-error a misspelt property fails the type check
export const misspelt = <secondary-liver-info headingLevl={3} />;
// @ts-expect-error an event's detail is typed
export const wrongDetail = <symptom-list onsli-content-load={(event) => event.detail.term} />;
