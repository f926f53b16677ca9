import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {supportStateOf, type SupportState} from '../rendering/support.js';

type Host = ReactiveControllerHost & HTMLElement;

const isSupport = (node: Node): node is Element => node instanceof Element && node.slot === 'support';

/**
 * The host's `slot="support"` content of an element rendered in the page (`light-dom`), where no
 * `<slot>` places anything: it is moved to where the slot would place it (into the support block,
 * after its heading), steps out before each render so that a render cannot take it with it, and
 * is followed when the host adds, removes or replaces it later (a framework rendering after the
 * upgrade), with the block's heading ("Who to contact", unless the content starts with its own)
 * reported through `report` as the shadow root's `slotchange` reports it.
 *
 * Frameworks keep calling `removeChild` and `insertBefore` on the element for children it has
 * moved into the block: the element answers those for its moved children as if they were still
 * its own (React 19 and Preact call them on the parent they rendered into).
 */
export class SupportFollower implements ReactiveController {
  // Only the element's own children and its support block matter; our own moves are taken back
  // out of the queue (takeRecords) as soon as they are made, so they never come back as news.
  private readonly observer = new MutationObserver((records) => {
    const ours = this.block();
    if (records.some((record) => (record.target === this.host || record.target === ours) && [...record.addedNodes, ...record.removedNodes].some(isSupport)))
      this.follow();
  });

  constructor(
    private readonly host: Host,
    private readonly report: (state: SupportState) => void
  ) {
    const removeChild = host.removeChild;
    const insertBefore = host.insertBefore;
    const moved = (node: Node | null): node is Element => !!node && node.parentNode !== host && node.parentNode === this.block();
    host.removeChild = function <T extends Node>(this: Host, child: T): T {
      if (moved(child)) return child.parentNode!.removeChild(child);
      return removeChild.call(this, child) as T;
    };
    host.insertBefore = function <T extends Node>(this: Host, node: T, before: Node | null): T {
      if (moved(before)) return before.parentNode!.insertBefore(node, before);
      return insertBefore.call(this, node, before) as T;
    };
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, {childList: true, subtree: true});
    this.follow();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Before a render: the moved content steps out of the rendered block, in order. */
  hostUpdate(): void {
    const block = this.block();
    if (block) this.host.append(...[...block.children].filter(isSupport));
  }

  /** After a render: back where the slot is. */
  hostUpdated(): void {
    this.place();
    this.observer.takeRecords();
  }

  /** The support block of this element's own rendered content (not one of a nested element). */
  private block(): Element | null {
    return this.host.querySelector(':scope > [part~="base"] > [part~="support"]');
  }

  /**
   * Moves the element's own support children after the slot: those the host put before the
   * rendered content go first, as they come first in the host's order; later ones go last.
   */
  private place(): void {
    const block = this.block();
    const slot = block?.querySelector(':scope > slot');
    if (!block || !slot) return;
    const root = block.parentElement!;
    const direct = [...this.host.children].filter(isSupport);
    // Sorted before either move: once moved, a child is inside the rendered content.
    const first = direct.filter((child) => child.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING);
    const last = direct.filter((child) => !first.includes(child));
    slot.after(...first);
    block.append(...last);
  }

  private follow(): void {
    this.place();
    this.observer.takeRecords();
    const block = this.block();
    const children = [...(block?.children ?? []), ...this.host.children].filter(isSupport);
    this.report(supportStateOf(children));
  }
}
