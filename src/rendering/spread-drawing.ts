import type {css as Css, html as Html, svg as Svg} from 'lit';
import type {Sections} from '../bundle/content-bundle.js';

export type IllustrationLabels = Sections['what-is-it']['illustration'];

// This lazy file imports nothing: the page's copy of Lit's tags is handed in. A lazy file that
// imported the main file by URL would load it a second time whenever the main file's own URL
// differs (WordPress adds `?ver=…`), with a second Lit and a second Trusted Types policy.

// A person seen from the front (viewBox 200 × 260). The liver is on the person's right, which is
// the viewer's left, in every language: an anatomical drawing is not mirrored for right-to-left.
const BODY =
  'M100,8a24,24 0 1 1 0,48a24,24 0 1 1 0-48z M74,60 Q100,70 126,60 L158,74 Q170,80 168,96 L160,176 Q157,186 149,183 L146,124 ' +
  'L144,252 L110,252 L100,176 L90,252 L56,252 L54,124 L51,183 Q43,186 40,176 L32,96 Q30,80 42,74 Z';
const LIVER = 'M62,110 C74,98 118,100 126,110 C122,124 96,134 72,128 C62,124 58,116 62,110 Z';
const BLOOD = 'M122,84 C140,96 132,112 118,114';
const LYMPH = 'M116,84 C92,80 84,96 90,112';

/** Numbered markers, each with a leader line to what it names: [marker x, y, target x, y]. */
const MARKERS: readonly [x: number, y: number, toX: number, toY: number][] = [
  [152, 52, 124, 80], // 1 primary cancer (in the lung)
  [182, 116, 134, 100], // 2 bloodstream
  [62, 76, 96, 86], // 3 lymphatic system
  [22, 130, 62, 114], // 4 liver
  [100, 158, 96, 118], // 5 secondary cancer
];

/** The drawing and its styles, made with the Lit tags of the page's copy of the widget. */
export function createSpreadDrawing(html: typeof Html, svg: typeof Svg, css: typeof Css) {
  /** The drawing's own styles: they arrive with it, so the main file does not carry them. */
  const spreadDrawingStyles = css`
    .spread {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    .route {
      fill: none;
      stroke-width: 3;
      stroke-linecap: round;
    }
    .lymph {
      stroke-dasharray: 6 4;
    }
    @media (prefers-reduced-motion: no-preference) {
      /* The dashes of the lymphatic route flow towards the liver; with reduced motion they stay still. */
      .lymph {
        animation: flow 1.2s linear infinite;
      }
      @keyframes flow {
        to {
          stroke-dashoffset: 10;
        }
      }
    }
    @media (forced-colors: active) {
      .body,
      .marker {
        fill: Canvas;
        stroke: CanvasText;
      }
      .liver,
      .tumour {
        fill: CanvasText;
      }
      .route,
      .leader {
        stroke: CanvasText;
      }
      .marker-number {
        fill: CanvasText;
      }
    }
  `;

  /**
   * How cancer cells spread from a primary tumour (here in the lung), through the bloodstream or the
   * lymphatic system, to the liver. Decoration beside its caption, which is the text alternative;
   * its numbered markers match the legend beside it. Colours meet 3:1 against the drawing's own
   * white ground, and forced-colours mode gets system colours.
   */
  const spreadDrawing = () => html`<svg class="spread" viewBox="0 0 200 260" aria-hidden="true" focusable="false">
    <rect width="200" height="260" rx="8" fill="#ffffff"></rect>
    <path class="body" d=${BODY} fill="#e8edee" stroke="#4c6272" stroke-width="2"></path>
    <path class="liver" d=${LIVER} fill="#a8412c"></path>
    <path class="route" d=${BLOOD} stroke="#d5281b"></path>
    <path class="route lymph" d=${LYMPH} stroke="#007f3b"></path>
    <circle class="tumour" cx="124" cy="80" r="7" fill="#212b32"></circle>
    <circle class="tumour" cx="96" cy="118" r="5" fill="#212b32"></circle>
    ${MARKERS.map(
      // Fragments inside <svg> are made with the svg tag, so they are SVG elements.
      ([x, y, toX, toY], i) => svg`<g>
        <line class="leader" x1=${x} y1=${y} x2=${toX} y2=${toY} stroke="#212b32" stroke-width="1.5"></line>
        <circle class="marker" cx=${x} cy=${y} r="11" fill="#212b32" stroke="#ffffff" stroke-width="1.5"></circle>
        <text class="marker-number" x=${x} y=${y + 5} fill="#ffffff" font-size="14" font-weight="bold" text-anchor="middle">${i + 1}</text>
      </g>`
    )}
  </svg>`;
  return {spreadDrawing, spreadDrawingStyles};
}
