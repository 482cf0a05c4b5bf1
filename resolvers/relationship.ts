import type { StoredNode, StoredRelationship } from '../store/graph-store';
import type { RequestContext } from './context';
import type { ResolverMap, UnreadArgs } from './types';

/** Provenance as resolvers pass it on: the evidence properties of one edge. */
export interface ProvenanceValue {
  documentId: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

/** The evidence of an edge; null when the edge carries none (a store bug, not a user error). */
export function provenanceOf(rel: StoredRelationship): ProvenanceValue | null {
  const { documentId, sentence, start, end, rule, confidence } = rel.properties;
  if (typeof documentId !== 'string') return null;
  return {
    documentId,
    sentence: typeof sentence === 'string' ? sentence : '',
    start: typeof start === 'number' ? start : 0,
    end: typeof end === 'number' ? end : 0,
    rule: typeof rule === 'string' ? rule : '',
    confidence: typeof confidence === 'number' ? confidence : 0,
  };
}

async function documentOf(
  value: ProvenanceValue,
  _args: UnreadArgs,
  ctx: RequestContext,
): Promise<StoredNode | null> {
  const node = await ctx.loaders.nodes.load(value.documentId);
  return node?.label === 'Document' ? node : null;
}

/** An end of a stored relationship: both stores keep no edge whose node is gone. */
async function endOf(rel: StoredRelationship, id: string, ctx: RequestContext): Promise<StoredNode> {
  const node = await ctx.loaders.nodes.load(id);
  if (!node) throw new Error(`invariant violated: relationship ${rel.key} points at missing node ${id}`);
  return node;
}

export const relationshipResolvers: ResolverMap = {
  Relationship: {
    id: (rel: StoredRelationship) => rel.key,
    from: (rel: StoredRelationship, _args: UnreadArgs, ctx: RequestContext) => endOf(rel, rel.from, ctx),
    to: (rel: StoredRelationship, _args: UnreadArgs, ctx: RequestContext) => endOf(rel, rel.to, ctx),
    provenance: (rel: StoredRelationship) => provenanceOf(rel),
    role: (rel: StoredRelationship) => (typeof rel.properties.role === 'string' ? rel.properties.role : null),
  },
  Provenance: {
    document: documentOf,
  },
};
