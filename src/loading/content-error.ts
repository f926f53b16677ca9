import type {ContentErrorDetail} from '../events.js';

/** A failure to obtain usable content, carrying the `sli-content-error` detail to report. */
export class ContentError extends Error {
  constructor(readonly detail: ContentErrorDetail) {
    super(detail.message);
  }
}

/**
 * Whether `error` carries a `sli-content-error` detail. By shape, not `instanceof`: the lazy
 * loader has its own copy of this class, so that it imports nothing from the main file.
 */
export const isContentError = (error: unknown): error is ContentError =>
  error instanceof Error && typeof (error as Partial<ContentError>).detail?.reason === 'string';
