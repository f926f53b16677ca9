import {html, nothing} from 'lit';
import type {ContentBundle} from '../bundle/content-bundle.js';
import type {UiStrings} from '../i18n/ui-strings.js';
import {otherFormatLinks} from './other-format-links.js';

/** The list near the top of the panel; nothing when the bundle offers no other format. */
export function otherFormats(bundle: ContentBundle, ui: UiStrings) {
  const links = otherFormatLinks(bundle, ui);
  if (!links.length) return nothing;
  return html`<div class="other-formats" part="other-formats">
    <p id="other-formats-label">${ui.otherFormats}</p>
    <ul aria-labelledby="other-formats-label">
      ${links.map(
        (link) => html`<li>
          <a href=${link.href} hreflang=${link.language} rel="noopener noreferrer external"
            >${link.title ? html`<span lang=${link.language} dir="auto">${link.title}</span>` : link.kind} (${link.details})</a
          >
          <bdi>(${link.host})</bdi>
        </li>`
      )}
    </ul>
  </div>`;
}
