// The host owns `console`: a page (or a test harness, or an error tracker) may replace or wrap
// it, and a wrapper that throws must not stop a panel from showing its fallback. Every message
// the widget logs goes through here, read at call time so a later replacement is still honoured.

/** Logs a warning if the host's console lets us; never throws. */
export function warn(message: string): void {
  try {
    globalThis.console?.warn(message);
  } catch {
    // Nothing to do: the visible notice and the event carry the failure, not the log.
  }
}

/** Logs an error if the host's console lets us; never throws. */
export function logError(message: string): void {
  try {
    globalThis.console?.error(message);
  } catch {
    // As above.
  }
}
