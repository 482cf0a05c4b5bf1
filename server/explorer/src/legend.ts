import { h } from './dom';
import type { DrawnNode } from './graph-view';
import { kindRank, kindStyle } from './kinds';

/** The colour key of a drawing: each kind present, with how many of its nodes are drawn. */
export function renderLegend(container: HTMLElement, nodes: readonly DrawnNode[]): void {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  const items = [...counts.entries()]
    .sort(([a], [b]) => kindRank(a) - kindRank(b))
    .map(([kind, count]) => {
      const style = kindStyle(kind);
      return h(
        'li',
        { testId: 'legend-item', attrs: { 'data-kind': kind } },
        h('span', { className: 'swatch', attrs: { style: `background:${style.colour}` } }),
        `${style.title} ${style.chinese} (${count})`,
      );
    });
  container.replaceChildren(...items);
}
