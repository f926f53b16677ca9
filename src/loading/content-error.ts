import type {ContentErrorDetail} from '../events.js';

/** A failure to obtain usable content, carrying the `sli-content-error` detail to report. */
export class ContentError extends Error {
  constructor(readonly detail: ContentErrorDetail) {
    super(detail.message);
  }
}
