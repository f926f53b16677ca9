/** Records calls to a console method for the duration of a test, without printing them. */
export function captureConsole(method: 'warn' | 'error') {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return {calls, restore: () => (console[method] = original)};
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
};

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Visible text of an element, whitespace collapsed. */
export const textOf = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits for an element's update, the frame after it, and the update that frame caused. */
export async function settle(el: {updateComplete: Promise<unknown>}) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Opens a <glossary-term>'s definition as a click would, and waits until its text is announced. */
export async function openDefinition(term: Element & {updateComplete: Promise<unknown>}) {
  (term as unknown as HTMLElement).click();
  await settle(term);
}

/**
 * The definition pop-up a term opens: one per document or shadow root, shared by its terms, in
 * the shadow root of a `<sli-glossary-popup>` at the end of the body (or of the shadow root).
 */
export const tipOf = (term: Element): HTMLElement | null =>
  (term.getRootNode() as ParentNode).querySelector('sli-glossary-popup')?.shadowRoot?.querySelector<HTMLElement>('[part~="toggletip"]') ?? null;

/** The definition a term shows now (empty while closed or before its text arrives). */
export const definitionOf = (term: Element): string => textOf(tipOf(term)?.querySelector('[role="status"]'));

/** The section id of a panel section, from its public `section-<id>` part. */
export const sectionId = (section: Element): string | undefined =>
  [...section.part].find((name) => name.startsWith('section-'))?.slice('section-'.length);
