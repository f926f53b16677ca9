import {html, type TemplateResult} from 'lit';

/** Heading levels a host can choose, so our headings fit its outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Parses the `heading-level` attribute; anything outside 2–6 falls back to `fallback`. */
export const toHeadingLevel = (value: unknown, fallback: HeadingLevel): HeadingLevel => {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
};

export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/** A real `<hN>` (not role="heading") so reader modes and outlines see it. */
export function heading(level: HeadingLevel, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} part="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part="heading">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part="heading">${content}</h6>`;
  }
}
