import {css, html, nothing, svg} from 'lit';
import type {createSpreadDrawing, IllustrationLabels} from './spread-drawing.js';
import {warn} from '../safe-console.js';

type Drawing = ReturnType<typeof createSpreadDrawing>;
let drawingModule: Drawing | undefined;
let drawingLoading: Promise<Drawing> | undefined;

/** Loads the drawing once per page; every panel that shows it waits on the same request. */
export function loadSpreadDrawing(): Promise<Drawing> {
  if (!drawingLoading) {
    drawingLoading = import('./spread-drawing.js').then((module) => (drawingModule = module.createSpreadDrawing(html, svg, css)));
    // Once per page, however many panels wait on it; the caption still carries the meaning.
    drawingLoading.catch(() => warn('secondary-liver-info: the illustration could not be loaded; its caption describes it'));
  }
  return drawingLoading;
}

/**
 * The figure of how cancer spreads to the liver: the drawing, its numbered legend in real text
 * (readable at any width and in any language, never shrunk with the drawing), and the caption,
 * which is the text alternative. Legend and caption show at once; the drawing arrives from a lazy
 * file into a box of its final size, so nothing moves.
 */
export function spreadIllustration(labels: IllustrationLabels) {
  return html`<figure class="illustration" part="illustration">
    <div class="drawing">${drawingModule ? drawingModule.spreadDrawing() : nothing}</div>
    <ol class="legend">
      <li>${labels.primaryTumour}</li>
      <li>${labels.bloodstream}</li>
      <li>${labels.lymphaticSystem}</li>
      <li>${labels.liver}</li>
      <li>${labels.secondaryTumour}</li>
    </ol>
    <figcaption>${labels.description}</figcaption>
  </figure>`;
}
