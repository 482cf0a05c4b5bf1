import { h, show } from './dom';
import { kindRank, kindStyle } from './kinds';
import { nodeName, type SearchHitView } from './types';

export interface SearchResultsOptions {
  container: HTMLElement;
  text: string;
  hits: readonly SearchHitView[];
  onOpen: (id: string) => void;
}

/**
 * Lists hits grouped by kind. Groups follow the fixed kind order so a planner finds places
 * in the same spot every time; within a group the API's ranking is kept.
 */
export function renderSearchResults(options: SearchResultsOptions): void {
  const { container, hits } = options;
  if (hits.length === 0) {
    show(
      container,
      'empty',
      h('p', { className: 'hint', testId: 'no-results' }, `Nothing found for “${options.text}”.`),
    );
    return;
  }
  const groups = new Map<string, SearchHitView[]>();
  for (const hit of hits) {
    const kind = hit.node.__typename;
    groups.set(kind, [...(groups.get(kind) ?? []), hit]);
  }
  const sections = [...groups.entries()]
    .sort(([a], [b]) => kindRank(a) - kindRank(b))
    .map(([kind, group]) => renderGroup({ kind, group, onOpen: options.onOpen }));
  show(container, 'results', ...sections);
  container.dataset.count = String(hits.length);
}

function renderGroup(options: {
  kind: string;
  group: SearchHitView[];
  onOpen: (id: string) => void;
}): HTMLElement {
  const style = kindStyle(options.kind);
  return h(
    'section',
    { className: 'result-group', testId: 'result-group', attrs: { 'data-kind': options.kind } },
    h(
      'h3',
      {},
      h('span', { className: 'swatch', attrs: { style: `background:${style.colour}` } }),
      ` ${style.title} · ${style.chinese} (${options.group.length})`,
    ),
    h(
      'ul',
      {},
      ...options.group.map((hit) => {
        const aliases = (hit.node.aliases ?? []).filter((a) => a !== hit.node.name).slice(0, 3);
        return h(
          'li',
          {},
          h(
            'button',
            {
              className: 'link',
              testId: 'search-result',
              attrs: { type: 'button', 'data-id': hit.node.id, 'data-kind': options.kind },
              onClick: () => options.onOpen(hit.node.id),
            },
            nodeName(hit.node),
            aliases.length > 0 ? h('span', { className: 'alias' }, aliases.join('、')) : null,
          ),
        );
      }),
    ),
  );
}
