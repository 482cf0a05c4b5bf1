import { cypherResolvers } from './cypher';
import { documentResolvers } from './document';
import { nodeResolvers } from './entity';
import { exploreResolvers } from './explore';
import { figureResolvers } from './figures';
import { JSONScalar } from './json-scalar';
import { linkResolvers } from './links';
import { listingResolvers } from './listings';
import { mutationResolvers } from './mutations';
import { organisationResolvers } from './organisations';
import { outcomeResolvers } from './outcomes';
import { placeResolvers } from './place';
import { programmeResolvers } from './programme';
import { relationshipResolvers } from './relationship';
import { sharedResolvers } from './shared';
import { statsResolvers } from './stats';
import { GraphQLScalarType } from 'graphql';
import type { ResolverMap } from './types';

export type { ExtractDocument, RequestContext, ResolverLimits, RequestAuth } from './context';
export { createLoaders, type RequestLoaders } from './dataloaders';
export { bearerTokenOf } from './authorise';
export { boundLists } from './bounded-lists';
export { compileReads } from './compiled';

const GROUPS: readonly ResolverMap[] = [
  nodeResolvers,
  relationshipResolvers,
  placeResolvers,
  organisationResolvers,
  programmeResolvers,
  figureResolvers,
  documentResolvers,
  listingResolvers,
  exploreResolvers,
  sharedResolvers,
  linkResolvers,
  statsResolvers,
  cypherResolvers,
  mutationResolvers,
  outcomeResolvers,
];

/** Every resolver of the schema; groups that resolve fields of one type (Query) are merged. */
export function buildResolvers(): ResolverMap {
  const merged: Record<string, object> = { JSON: JSONScalar };
  for (const group of GROUPS) {
    for (const [typeName, fields] of Object.entries(group) as [string, object][]) {
      const existing = merged[typeName];
      const mergeable =
        existing && !(existing instanceof GraphQLScalarType) && !(fields instanceof GraphQLScalarType);
      merged[typeName] = mergeable ? { ...existing, ...fields } : fields;
    }
  }
  return merged as ResolverMap;
}
