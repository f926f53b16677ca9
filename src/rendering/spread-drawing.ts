import type {css as Css, html as Html} from 'lit';
import type {Sections} from '../bundle/content-bundle.js';

// This lazy file imports nothing: the page's copy of Lit's tags is handed in. A lazy file that
// imported the main file by URL would load it a second time whenever the main file's own URL
// differs (WordPress adds `?ver=…`), with a second Lit and a second Trusted Types policy.

export type IllustrationLabels = Sections['what-is-it']['illustration'];

// Two routes from the primary tumour to the liver.
const BLOOD = 'M72,92 C130,18 200,18 246,86';
const LYMPH = 'M72,110 C130,186 200,186 246,114';

/** The drawing and its styles, made with the Lit tags of the page's copy of the widget. */
export function createSpreadDrawing(html: typeof Html, css: typeof Css) {
  /** The drawing's own styles: they arrive with it, so the main file does not carry them. */
  const spreadDrawingStyles = css`
    .spread {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      font-size: 11px;
    }
    .route {
      fill: none;
      stroke-width: 3;
      stroke-dasharray: 7 3;
    }
    @media (prefers-reduced-motion: no-preference) {
      /* The dashes flow towards the liver; with reduced motion they stay still. */
      .route {
        animation: flow 1.2s linear infinite;
      }
      @keyframes flow {
        to {
          stroke-dashoffset: -10;
        }
      }
    }
    @media (forced-colors: active) {
      .liver {
        fill: Canvas;
        stroke: CanvasText;
      }
      .tumour,
      .arrow,
      .spread g {
        fill: CanvasText;
      }
      .route {
        stroke: CanvasText;
      }
    }
  `;

  /**
   * The drawing of how cancer cells spread from a primary tumour, through the bloodstream or
   * the lymphatic system, to the liver. Loaded lazily (it is decoration beside its caption, which
   * is the text alternative), so it does not weigh on the first render. Colours are presentation
   * attributes so the panel's stylesheet can override them in forced-colours mode.
   */
  const spreadDrawing = (labels: IllustrationLabels) => html`<svg
    class="spread"
    viewBox="0 0 340 200"
    aria-hidden="true"
    focusable="false"
  >
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path class="arrow" d="M0,0 L10,5 L0,10 z" fill="currentColor"></path>
      </marker>
    </defs>
    <path class="liver" fill="#c98a6b" d="M212,84 C222,58 318,56 326,88 C332,118 290,142 244,132 C214,126 204,104 212,84 Z"></path>
    <path class="route" stroke="#b3261e" d=${BLOOD} marker-end="url(#arrow)"></path>
    <path class="route" stroke="#2e6b30" d=${LYMPH} marker-end="url(#arrow)"></path>
    <circle class="tumour" fill="#9c2f4a" cx="56" cy="101" r="17"></circle>
    <circle class="tumour" fill="#9c2f4a" cx="262" cy="100" r="9"></circle>
    <g fill="currentColor" text-anchor="middle">
      <text x="56" y="140">${labels.primaryTumour}</text>
      <text x="165" y="26">${labels.bloodstream}</text>
      <text x="165" y="194">${labels.lymphaticSystem}</text>
      <text x="292" y="112">${labels.liver}</text>
      <text x="270" y="52">${labels.secondaryTumour}</text>
    </g>
  </svg>`;
  return {spreadDrawing, spreadDrawingStyles};
}
