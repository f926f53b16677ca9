import {expect} from '@open-wc/testing';

interface AxeRuleResult {
  id: string;
  nodes: {target: unknown; html: string}[];
}
interface Axe {
  run(context: Node, options: object): Promise<Record<'violations' | 'passes' | 'incomplete' | 'inapplicable', AxeRuleResult[]>>;
}

/** axe in the window that holds `context` (a test page or a frame). */
async function loadAxe(context: Element): Promise<Axe> {
  const doc = context.ownerDocument;
  const win = doc.defaultView as unknown as {axe?: Axe};
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    doc.head.append(script);
    await loaded;
  }
  return win.axe!;
}

/** axe's violations in a page (a frame's document included), as `rule (count)`, with its default rules. */
export async function axeViolations(context: Element): Promise<string[]> {
  const axe = await loadAxe(context);
  const {violations} = await axe.run(context, {});
  return violations.map((rule) => `${rule.id} (${rule.nodes.length})`);
}

/**
 * WCAG 2.2 target size (2.5.8) by axe. Its `target-size` rule is disabled by default in axe-core 4.x,
 * so `to.be.accessible()` never runs it: this names it in `runOnly`, which runs it regardless, and
 * fails unless the rule really ran and looked at `minimum` targets or more. Links inside a
 * sentence are exempt (2.5.8's inline exception), so axe does not count them.
 */
export async function expectTargetsLargeEnough(context: Element, minimum: number): Promise<void> {
  const axe = await loadAxe(context);
  const results = await axe.run(context, {runOnly: {type: 'rule', values: ['target-size']}});
  const nodes = (list: AxeRuleResult[]) => list.filter((rule) => rule.id === 'target-size').flatMap((rule) => rule.nodes);
  const ran = [results.passes, results.violations, results.incomplete, results.inapplicable].flat().some((rule) => rule.id === 'target-size');
  expect(ran, 'axe ran target-size').to.equal(true);
  const checked = nodes(results.passes).length + nodes(results.violations).length + nodes(results.incomplete).length;
  expect(checked, 'targets axe checked').to.be.at.least(minimum);
  expect(nodes(results.violations).map((node) => node.html), 'targets below 24×24 CSS pixels').to.deep.equal([]);
}
