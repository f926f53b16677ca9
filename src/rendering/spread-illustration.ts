import {html} from 'lit';
import type {Sections} from '../bundle/content-bundle.js';

type Labels = Sections['what-is-it']['illustration'];

// Two routes from the primary tumour to the liver.
const BLOOD = 'M72,92 C130,18 200,18 246,86';
const LYMPH = 'M72,110 C130,186 200,186 246,114';

/**
 * How cancer cells spread from a primary tumour, through the bloodstream or the lymphatic
 * system, to the liver. The drawing is decorative for assistive technology: the visible
 * caption is its text alternative, so sighted and screen-reader users get the same words.
 * Labels come from the bundle, so they are translated with the rest of the content.
 */
export function spreadIllustration(labels: Labels) {
  return html`<figure class="illustration" part="illustration">
    <svg class="spread" viewBox="0 0 340 200" aria-hidden="true" focusable="false">
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path class="arrow" d="M0,0 L10,5 L0,10 z"></path>
        </marker>
      </defs>
      <path class="liver" d="M212,84 C222,58 318,56 326,88 C332,118 290,142 244,132 C214,126 204,104 212,84 Z"></path>
      <path class="route blood" d=${BLOOD} marker-end="url(#arrow)"></path>
      <path class="route lymph" d=${LYMPH} marker-end="url(#arrow)"></path>
      <circle class="tumour" cx="56" cy="101" r="17"></circle>
      <circle class="tumour" cx="262" cy="100" r="9"></circle>
      <text x="56" y="140" text-anchor="middle">${labels.primaryTumour}</text>
      <text x="165" y="26" text-anchor="middle">${labels.bloodstream}</text>
      <text x="165" y="194" text-anchor="middle">${labels.lymphaticSystem}</text>
      <text x="292" y="112" text-anchor="middle">${labels.liver}</text>
      <text x="270" y="52" text-anchor="middle">${labels.secondaryTumour}</text>
    </svg>
    <figcaption>${labels.description}</figcaption>
  </figure>`;
}
