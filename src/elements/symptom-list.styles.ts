import {css} from '@lit/reactive-element';

export const symptomListStyles = css`
  :host {
    display: block;
  }
  .root > :first-child {
    margin-block-start: 0;
  }
`;
