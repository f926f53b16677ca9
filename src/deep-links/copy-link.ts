import {css, html, nothing, type ReactiveElement} from 'lit';
import type {SectionId} from '../bundle/section-ids.js';
import type {UiStrings} from '../i18n/ui-strings.js';
import {sectionFragment} from './section-fragment.js';

/**
 * "Copy link" after each section heading (`section-links` on the panel), loaded only by panels
 * that ask for it. The button's accessible name is its text with the section's name ("Copy link
 * (Symptoms)"); "Link copied" is shown and announced in a live region beside it. Where the
 * browser has no clipboard or refuses it (permissions, an insecure page, an iframe without
 * `clipboard-write`), the link is shown in a read-only field, selected, for the reader to copy.
 */
export class SectionLinks {
  /** The section whose link was just copied, and the one whose link is shown to copy by hand. */
  private copied: SectionId | undefined;
  private shown: SectionId | undefined;

  constructor(private readonly host: ReactiveElement & {sectionLinks: boolean}) {}

  /** The button, its live region and (after a refusal) the link to copy, for section `id`; nothing once `section-links` is off. */
  render(id: SectionId, title: string, ui: UiStrings) {
    if (!this.host.sectionLinks) return nothing;
    const url = new URL(`#${sectionFragment(this.host.id, id)}`, location.href).href;
    return html`<div class="section-link">
      <button type="button" class="copy-link" part="copy-link" @click=${() => this.copy(id, url)}>
        ${ui.copyLink}<span class="visually-hidden"> (${title})</span>
      </button>
      <span role="status" class="copy-status">${this.copied === id ? ui.linkCopied : ''}</span>
      ${this.shown === id
        ? html`<label class="copy-fallback" part="copy-fallback"
            >${ui.copyThisLink} <input readonly dir="ltr" translate="no" .value=${url} @focus=${(event: Event) => (event.target as HTMLInputElement).select()}
          /></label>`
        : nothing}
    </div>`;
  }

  private async copy(id: SectionId, url: string): Promise<void> {
    this.copied = this.shown = undefined;
    this.host.requestUpdate();
    try {
      // Missing outside secure contexts; rejects when the page may not write to the clipboard.
      await navigator.clipboard.writeText(url);
      this.copied = id;
      this.host.requestUpdate();
    } catch {
      this.shown = id;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input')?.focus();
    }
  }
}

/** Added to the panel's styles when the module loads (a panel without section links has none of them). */
export const sectionLinkStyles = css`
  .section-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: -0.25em 0.5em;
  }
  .copy-link {
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.125em 0.5em;
    font: inherit;
    font-size: 0.9em;
    line-height: 1.25;
    border: 1px solid var(--sli-color-border, #6e7781);
    border-radius: var(--sli-radius, 0.25em);
    background: none;
    color: var(--sli-color-accent, inherit);
  }
  .copy-fallback {
    flex-basis: 100%;
  }
  .copy-fallback input {
    display: block;
    inline-size: 100%;
    margin-block-start: 0.25em;
    font: inherit;
    padding: 0.25em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .copy-link {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .section-link {
      display: none;
    }
  }
`;
