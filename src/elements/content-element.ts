import {LitElement, type PropertyValues} from 'lit';
import {ContentController} from '../controllers/content-controller.js';
import {renderContext, type RenderContext} from '../rendering/render-context.js';
import {baseStyles} from './base.styles.js';
import {contentStyles} from './content.styles.js';

/**
 * What `<secondary-liver-info>` and `<symptom-list>` share: choosing content by language,
 * `src` or the `bundle` property, and re-choosing when any of them changes.
 */
export abstract class ContentElement extends LitElement {
  static override styles = [baseStyles, contentStyles];

  static override properties = {
    src: {reflect: true},
    timeout: {type: Number},
    bundle: {attribute: false},
  };

  /** URL of a partner-hosted bundle (http or https only). */
  declare src: string | null;
  /** Milliseconds before a `src` load is abandoned. Default 8000. */
  declare timeout: number | undefined;
  /**
   * A bundle object given from JavaScript, validated before use. Wins over `src` and the
   * built-in content; set `undefined` to go back to them.
   */
  declare bundle: unknown;

  protected readonly contentSource = new ContentController(this);

  constructor() {
    super();
    this.src = null;
  }

  static override get observedAttributes(): string[] {
    // `lang` on the element itself is not a reactive property (HTMLElement owns it); watch it here.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The page-wide observer misses elements inside other components' shadow roots.
    if (name === 'lang' && this.isConnected) this.contentSource.sync();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.isConnected) this.contentSource.sync();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // `await el.updateComplete` resolves only once lazily loaded or fetched content is shown.
    let settled: Promise<void>;
    do {
      settled = this.contentSource.settled;
      await settled;
      await super.getUpdateComplete();
    } while (settled !== this.contentSource.settled);
    return super.getUpdateComplete();
  }

  protected get renderContext(): RenderContext | undefined {
    const content = this.contentSource.content;
    return content && renderContext(content);
  }
}
