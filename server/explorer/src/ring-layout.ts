export interface RingNode {
  id: string;
  kind: string;
  name: string;
}

export interface AssignRingsOptions {
  nodes: readonly RingNode[];
  /** Hops of each node from the focus; nodes missing here go outermost. */
  hops: ReadonlyMap<string, number>;
  kindRank: (kind: string) => number;
  /** Nodes the first ring holds; ring r holds r times as many, as its circumference grows. Default 12. */
  firstRingSize?: number;
}

export interface RingAssignment {
  /** Node ids in drawing order: by hops, then kind, then name. */
  order: string[];
  /** Ring of each node; 0 is the focus. */
  ring: Map<string, number>;
}

/**
 * Puts a neighbourhood on rings: the focus in the middle, each further hop outside the
 * last, and a hop with more nodes than a ring holds spread over several rings, kinds kept
 * together so that colours cluster. One ring of fifty nodes would shrink every label to
 * nothing.
 */
export function assignRings(options: AssignRingsOptions): RingAssignment {
  const firstRingSize = options.firstRingSize ?? 12;
  const hopOf = (id: string): number => options.hops.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...options.nodes].sort(
    (a, b) =>
      hopOf(a.id) - hopOf(b.id) ||
      options.kindRank(a.kind) - options.kindRank(b.kind) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  const ring = new Map<string, number>();
  let current = 0;
  let filled = 0;
  let currentHop = 0;
  for (const node of sorted) {
    const hop = hopOf(node.id);
    if (hop === 0) {
      ring.set(node.id, 0);
      continue;
    }
    const full = filled >= firstRingSize * current;
    if (current === 0 || hop !== currentHop || full) {
      current += 1;
      filled = 0;
      currentHop = hop;
    }
    ring.set(node.id, current);
    filled += 1;
  }
  return { order: sorted.map((n) => n.id), ring };
}
