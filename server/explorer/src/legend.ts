import { h } from './dom';
import type { DrawnNode } from './graph-view';
import { kindRank, kindStyle } from './kinds';

export interface LegendOptions {
  container: HTMLElement;
  nodes: readonly DrawnNode[];
  /** Called when a kind is switched off or on again. */
  onToggle: (kind: string, shown: boolean) => void;
}

/**
 * The colour key of a drawing: each kind present, with how many of its nodes are drawn.
 * Each entry is a switch, so a planner can hide the dozens of figures around a town and
 * see its projects and programmes.
 */
export function renderLegend(options: LegendOptions): void {
  const { container, nodes } = options;
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  const items = [...counts.entries()]
    .sort(([a], [b]) => kindRank(a) - kindRank(b))
    .map(([kind, count]) => {
      const style = kindStyle(kind);
      const toggle = h(
        'button',
        {
          attrs: { type: 'button', 'aria-pressed': 'true', title: `Show or hide ${style.title}` },
          onClick: () => {
            const shown = toggle.getAttribute('aria-pressed') !== 'true';
            toggle.setAttribute('aria-pressed', String(shown));
            options.onToggle(kind, shown);
          },
        },
        h('span', { className: 'swatch', attrs: { style: `background:${style.colour}` } }),
        `${style.title} ${style.chinese} (${count})`,
      );
      return h('li', { testId: 'legend-item', attrs: { 'data-kind': kind } }, toggle);
    });
  container.replaceChildren(...items);
}
