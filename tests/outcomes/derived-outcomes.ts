import { chooseOutcome, type OutcomeCandidate, type OutcomeEdge } from '../../store/outcome-choice';
import type { GraphStore, StoredNode } from '../../store/graph-store';

/**
 * What the stored OUTCOME_OF edges are checked against: every edge the graph should hold,
 * derived from scratch through the GraphStore interface alone (every target, its subjects'
 * REPORTS edges, the indicators and their documents), however the graph came to be.
 */

function figureKey(node: StoredNode | null): string | null {
  const metricKey = node?.properties.metricKey;
  const year = node?.properties.year;
  return typeof metricKey === 'string' && typeof year === 'number' ? `${metricKey}|${year}` : null;
}

const byKey = <T extends { key: string }>(a: T, b: T): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Keys of a properties object sorted, so that two stores' answers compare as JSON. */
function sortedProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(properties)
      .sort()
      .map((k) => [k, properties[k]]),
  );
}

export async function derivedOutcomeEdges(store: GraphStore): Promise<OutcomeEdge[]> {
  const { nodes: targets } = await store.findNodes({
    filter: { label: 'Target' },
    sort: [{ field: 'id', direction: 'ASC' }],
    limit: 100_000,
  });
  const ids = targets.map((t) => t.id);
  // A few calls for the whole graph: a store call per target costs a round trip on Neo4j.
  const setBy =
    ids.length === 0
      ? []
      : await store.getRelationships({ nodeIds: ids, direction: 'IN', types: ['TARGETS'] });
  const subjects = [...new Set(setBy.map((e) => e.from))];
  const reports =
    subjects.length === 0
      ? []
      : await store.getRelationships({ nodeIds: subjects, direction: 'OUT', types: ['REPORTS'] });
  const nodeIds = [...new Set(reports.flatMap((e) => [e.to, String(e.properties.documentId)]))];
  const nodes = new Map<string, StoredNode>();
  for (const node of await store.getNodes(nodeIds)) if (node) nodes.set(node.id, node);
  const edges: OutcomeEdge[] = [];
  for (const target of targets) {
    const key = figureKey(target);
    if (key === null) continue;
    const own = new Set(setBy.filter((e) => e.to === target.id).map((e) => e.from));
    const candidates: OutcomeCandidate[] = [];
    for (const edge of reports) {
      const indicator = nodes.get(edge.to) ?? null;
      if (!own.has(edge.from) || indicator?.label !== 'Indicator' || figureKey(indicator) !== key) continue;
      candidates.push({
        indicatorId: indicator.id,
        normUnit: indicator.properties.normUnit,
        reportKey: edge.key,
        reportProperties: edge.properties,
        published: String(nodes.get(String(edge.properties.documentId))?.properties.publishedAt ?? ''),
      });
    }
    const edge = chooseOutcome({ id: target.id, normUnit: target.properties.normUnit }, candidates);
    if (edge)
      edges.push({ ...edge, properties: sortedProperties(edge.properties) as OutcomeEdge['properties'] });
  }
  return edges.sort(byKey);
}

/** Every OUTCOME_OF edge the store holds, by key. */
export async function storedOutcomeEdges(store: GraphStore): Promise<OutcomeEdge[]> {
  const { nodes } = await store.findNodes({ filter: {}, limit: 100_000 });
  const edges = await store.getRelationships({
    nodeIds: nodes.map((n) => n.id),
    direction: 'OUT',
    types: ['OUTCOME_OF'],
  });
  return edges
    .map(({ key, from, to, properties }) => ({
      key,
      from,
      to,
      properties: sortedProperties(properties) as OutcomeEdge['properties'],
    }))
    .sort(byKey);
}
