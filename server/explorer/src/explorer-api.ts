import { requestGraphQL } from './api';
import {
  detailQuery,
  ENTITY_QUERY,
  NEIGHBOURHOOD_QUERY,
  SEARCH_QUERY,
  TOWNS_QUERY,
  TRACE_QUERY,
} from './queries';
import type { EntityDetail, NodeRef, ProvenanceView, SearchHitView, SubgraphView } from './types';

/** Kinds the search box looks in: every entity kind (documents have no card). */
const SEARCH_KINDS = [
  'PLACE',
  'ZONE',
  'PROJECT',
  'ENTERPRISE',
  'INSTITUTION',
  'PROGRAMME',
  'PERSON',
  'INDUSTRY',
  'TARGET',
  'INDICATOR',
];

export async function searchEntities(text: string, first = 40): Promise<SearchHitView[]> {
  const data = await requestGraphQL<{ search: SearchHitView[] }>({
    query: SEARCH_QUERY,
    variables: { text, kinds: SEARCH_KINDS, first },
  });
  return data.search;
}

/** The entity's card data, or null when the id names nothing (or names a document). */
export async function fetchEntity(id: string): Promise<EntityDetail | null> {
  const data = await requestGraphQL<{ node: Record<string, unknown> | null }>({
    query: ENTITY_QUERY,
    variables: { id },
  });
  if (!data.node || !('provenance' in data.node)) return null;
  const query = detailQuery(String(data.node.__typename));
  if (query === null) return data.node as EntityDetail;
  const details = await requestGraphQL<{ node: Record<string, unknown> | null }>({
    query,
    variables: { id },
  });
  // Type-specific fields first, so the card lists properties before the common sections.
  return { ...data.node, ...flattenConnections(details.node ?? {}) } as EntityDetail;
}

/**
 * Connection fields (`{ edges: [{ node }] }`) become plain lists, so the card treats all
 * links alike. They are asked for under an alias ending in `Connection` (a Place's
 * `enterprises` is paged where a Zone's is a list, and one query cannot give both shapes
 * one name); the alias is dropped here.
 */
function flattenConnections(node: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(node)) {
    const edges =
      typeof value === 'object' && value !== null && 'edges' in value
        ? (value as { edges: unknown }).edges
        : null;
    if (!Array.isArray(edges)) {
      flat[field] = value;
      continue;
    }
    const name = field.endsWith('Connection') ? `${field.slice(0, -'Connection'.length)}s` : field;
    flat[name] = edges.map((edge: { node: unknown }) => edge.node);
  }
  return flat;
}

export async function fetchNeighbourhood(id: string, depth: number): Promise<SubgraphView> {
  const data = await requestGraphQL<{ neighbourhood: SubgraphView }>({
    query: NEIGHBOURHOOD_QUERY,
    variables: { id, depth },
  });
  return data.neighbourhood;
}

export interface PathView {
  length: number;
  nodes: NodeRef[];
  relationships: {
    id: string;
    type: string;
    from: { id: string };
    to: { id: string };
    provenance: Pick<ProvenanceView, 'sentence' | 'document'> | null;
  }[];
}

export interface TraceRequest {
  from: string;
  to: string;
  maxHops: number;
  first?: number;
}

export async function tracePaths(request: TraceRequest): Promise<PathView[]> {
  const data = await requestGraphQL<{ trace: PathView[] }>({
    query: TRACE_QUERY,
    variables: { from: request.from, to: request.to, maxHops: request.maxHops, first: request.first ?? 5 },
  });
  return data.trace;
}

export interface TownOption {
  id: string;
  name: string;
  district: { name: string } | null;
}

export async function fetchTowns(): Promise<TownOption[]> {
  const data = await requestGraphQL<{ towns: TownOption[] }>({ query: TOWNS_QUERY });
  return data.towns;
}
