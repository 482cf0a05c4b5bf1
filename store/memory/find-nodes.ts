import { BadRequestError } from '../../schema/errors';
import type { NodePage, NodePageRequest } from '../graph-store';
import type { GraphState } from './graph-state';
import { ListingCache } from './listing-cache';
import { filterNodeIds } from './node-filter';
import { compareNodes, DEFAULT_SORT } from './sort-nodes';
import { storedNode } from './stored-node';

const listings = new WeakMap<GraphState, ListingCache>();

function sortedListing(state: GraphState, request: NodePageRequest): readonly string[] {
  let cache = listings.get(state);
  if (!cache) {
    cache = new ListingCache();
    listings.set(state, cache);
  }
  const sort = request.sort && request.sort.length > 0 ? request.sort : DEFAULT_SORT;
  return cache.get(state, JSON.stringify([request.filter, sort]), () => {
    const { graph } = state;
    const nodes = filterNodeIds(state, request.filter).map((id) => graph.getNodeAttributes(id));
    return nodes.sort(compareNodes(sort)).map((node) => node.id);
  });
}

/** A filtered, sorted page of nodes with the count of all that match. */
export function findNodesIn(state: GraphState, request: NodePageRequest): NodePage {
  const offset = request.offset ?? 0;
  const limit = request.limit;
  if (!Number.isInteger(offset) || offset < 0) throw new BadRequestError(`offset must be a whole number ≥ 0`);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new BadRequestError(`limit must be a whole number ≥ 0`);
  }
  const ids = sortedListing(state, request);
  const page = ids.slice(offset, limit === undefined ? undefined : offset + limit);
  return { nodes: page.map((id) => storedNode(state, id)), totalCount: ids.length };
}
