import { kindRank } from './kinds';

/** A node of a neighbourhood, as grouping sees it. */
export interface GroupNode {
  id: string;
  kind: string;
  name: string;
}

export interface GroupEdge {
  from: string;
  to: string;
}

/** The neighbours of one kind: how many there are, and the ones drawn. */
export interface KindGroup {
  kind: string;
  /** Every neighbour of the kind, best connected first. */
  ranked: GroupNode[];
  /** How many of `ranked` are drawn. */
  shown: number;
}

export interface GroupOptions {
  nodes: readonly GroupNode[];
  edges: readonly GroupEdge[];
  /** The open entity: always drawn, in no group. */
  centreId: string;
  /** Neighbours drawn per kind until the kind is expanded. */
  topN: number;
  /** Kinds the user expanded: all their neighbours are drawn. */
  expanded: ReadonlySet<string>;
}

/**
 * Groups a neighbourhood by kind and keeps the best-connected few of each: degree among
 * the drawn relationships, then name, so the same entity always wins a tie. A town at
 * depth 1 has hundreds of figures and a dozen projects; drawn whole it is a disc of dots,
 * drawn as the top few of each kind every label can be read.
 */
export function groupNeighbourhood(options: GroupOptions): KindGroup[] {
  const degree = new Map<string, number>();
  for (const edge of options.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const byKind = new Map<string, GroupNode[]>();
  for (const node of options.nodes) {
    if (node.id === options.centreId) continue;
    byKind.set(node.kind, [...(byKind.get(node.kind) ?? []), node]);
  }
  return [...byKind.entries()]
    .sort(([a], [b]) => kindRank(a) - kindRank(b) || (a < b ? -1 : 1))
    .map(([kind, members]) => {
      const ranked = [...members].sort(
        (a, b) =>
          (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1),
      );
      const shown = options.expanded.has(kind) ? ranked.length : Math.min(options.topN, ranked.length);
      return { kind, ranked, shown };
    });
}

/** The ids to draw: the centre and the shown members of every group. */
export function shownIds(centreId: string, groups: readonly KindGroup[]): Set<string> {
  const ids = new Set([centreId]);
  for (const group of groups) for (const node of group.ranked.slice(0, group.shown)) ids.add(node.id);
  return ids;
}
