import { h } from './dom';
import { kindStyle } from './kinds';
import type { KindGroup } from './neighbourhood-groups';

export interface LegendOptions {
  container: HTMLElement;
  /** The neighbours by kind, with how many of each are drawn. */
  groups: readonly KindGroup[];
  /** Neighbours drawn per kind before it is expanded. */
  topN: number;
  /** Called when a kind is switched off or on again. */
  onToggle: (kind: string, shown: boolean) => void;
  /** Called when a kind is expanded to all its members, or folded back to the top few. */
  onExpand: (kind: string, expand: boolean) => void;
  /** Called when every kind is expanded at once, or all folded back. */
  onExpandAll: (expand: boolean) => void;
}

/**
 * The key of a drawing, one entry per kind of neighbour: its colour, its names in English
 * and Chinese, how many are drawn of how many there are, a switch to hide the kind and a
 * button to draw all of them (or only the best-connected few again).
 */
export function renderLegend(options: LegendOptions): void {
  const items = options.groups.map((group) => {
    const style = kindStyle(group.kind);
    const total = group.ranked.length;
    const toggle = h(
      'button',
      {
        className: 'legend-toggle',
        attrs: { type: 'button', 'aria-pressed': 'true', title: `Show or hide ${style.title}` },
        onClick: () => {
          const shown = toggle.getAttribute('aria-pressed') !== 'true';
          toggle.setAttribute('aria-pressed', String(shown));
          options.onToggle(group.kind, shown);
        },
      },
      h('span', { className: 'swatch', attrs: { style: `background:${style.colour}` } }),
      `${style.chinese} ${style.title}`,
      h('span', { className: 'count', testId: 'legend-count' }, `${group.shown}/${total}`),
    );
    const expandable = total > options.topN;
    const all = group.shown === total;
    const expand = expandable
      ? h(
          'button',
          {
            className: 'link expand',
            testId: 'expand-kind',
            attrs: { type: 'button', 'aria-expanded': String(all) },
            onClick: () => options.onExpand(group.kind, !all),
          },
          all ? `top ${options.topN}` : `all ${total}`,
        )
      : null;
    return h(
      'li',
      {
        testId: 'legend-item',
        attrs: { 'data-kind': group.kind, 'data-shown': String(group.shown), 'data-total': String(total) },
      },
      toggle,
      expand,
    );
  });
  const folded = options.groups.filter((g) => g.shown < g.ranked.length);
  const anyExpandable = options.groups.some((g) => g.ranked.length > options.topN);
  const total = options.groups.reduce((sum, g) => sum + g.ranked.length, 0);
  const all = anyExpandable
    ? h(
        'li',
        { className: 'legend-all' },
        h(
          'button',
          {
            className: 'link expand',
            testId: 'expand-all',
            attrs: { type: 'button', 'aria-expanded': String(folded.length === 0) },
            onClick: () => options.onExpandAll(folded.length > 0),
          },
          folded.length > 0 ? `draw all ${total}` : `top ${options.topN} of each`,
        ),
      )
    : null;
  options.container.replaceChildren(...items, ...(all ? [all] : []));
}
