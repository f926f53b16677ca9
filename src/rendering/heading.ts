import {html, type TemplateResult} from 'lit';

/** Heading levels a host can choose, so our headings fit its outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Parses the `heading-level` attribute; anything outside 2–6 falls back to `fallback`. */
export const toHeadingLevel = (value: unknown, fallback: HeadingLevel): HeadingLevel => {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
};

export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/**
 * What a heading is for, which decides its size: the level only follows the host's outline, so a
 * section heading looks the same at `<h3>` or `<h5>`.
 */
export type HeadingRole = 'title' | 'section' | 'sub';

/** A real `<hN>` (not role="heading") so reader modes and outlines see it, sized by its role. */
export function heading(level: HeadingLevel, id: string, content: unknown, role: HeadingRole = 'section'): TemplateResult {
  const size = `h-${role}`;
  switch (level) {
    case 2:
      return html`<h2 id=${id} class=${size} part="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${size} part="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${size} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${size} part="heading">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${size} part="heading">${content}</h6>`;
  }
}
