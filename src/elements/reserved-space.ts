/**
 * Keeps content below a widget from moving while the widget loads, without blocking the host's
 * first paint (layout shift 0 without `blocking="render"`).
 *
 * The host reserves room while the script is on its way, with the rule docs/guides/embedding.md documents:
 * `secondary-liver-info:not(:defined), symptom-list:not(:defined) { display: block; min-height: 100vh; }`.
 * Whatever lies below the element starts out of view. When the element renders shorter than that,
 * giving the room back at once would pull that content into view: a layout shift. So the element
 * keeps the reserved height while it is on screen, and gives it back once it is out of view, when
 * nothing visible moves (above the viewport, the browser's scroll anchoring keeps the page still;
 * Safari has none, so there a reader who scrolled past the element sees the page close up once).
 */
export class ReservedSpace {
  private height = 0;
  private observer: IntersectionObserver | undefined;
  /** The host page's own inline min-height, put back on release. */
  private hostValue = '';

  /**
   * Reads the room the host reserved, before the element is defined (its constructor, during an
   * upgrade: the `:not(:defined)` rule still applies). An element created by script has none.
   * The computed `min-height` (100vh computes to pixels) needs a style pass, not a layout.
   */
  constructor(private readonly host: HTMLElement) {
    if (!host.isConnected || typeof IntersectionObserver !== 'function') return;
    const reserved = parseFloat(getComputedStyle(host).minHeight);
    if (reserved > 0) this.height = reserved;
  }

  /** After each render: hold the reserved height while the rendered element is shorter and on screen. */
  hold(): void {
    if (!this.height || this.observer) return;
    const {host} = this;
    this.hostValue = host.style.getPropertyValue('min-height');
    // CSSOM, not a style attribute: a strict style-src CSP allows it.
    host.style.setProperty('min-height', `${this.height}px`);
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) return;
      this.release();
    });
    this.observer.observe(host);
  }

  /** Gives the room back (out of view, or the element left the page). */
  release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.height) this.host.style.setProperty('min-height', this.hostValue);
    this.height = 0;
  }
}
