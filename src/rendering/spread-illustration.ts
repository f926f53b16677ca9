import {html, nothing} from 'lit';
import type {IllustrationLabels} from './spread-drawing.js';

type DrawingModule = typeof import('./spread-drawing.js');
let drawingModule: DrawingModule | undefined;
let drawingLoading: Promise<DrawingModule> | undefined;

/** Loads the drawing once per page; every panel that shows it waits on the same request. */
export function loadSpreadDrawing(): Promise<DrawingModule> {
  drawingLoading ??= import('./spread-drawing.js').then((module) => (drawingModule = module));
  return drawingLoading;
}

/**
 * The figure of how cancer spreads to the liver. Its caption is the text alternative and shows
 * at once; the drawing arrives from a lazy file into a box of its final size, so nothing moves.
 */
export function spreadIllustration(labels: IllustrationLabels) {
  return html`<figure class="illustration" part="illustration">
    <div class="drawing">${drawingModule ? drawingModule.spreadDrawing(labels) : nothing}</div>
    <figcaption>${labels.description}</figcaption>
  </figure>`;
}
