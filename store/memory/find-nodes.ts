import { BadRequestError } from '../../schema/errors';
import type { NodePage, NodePageRequest } from '../graph-store';
import type { GraphState } from './graph-state';
import { storedNode } from './graph-types';
import { filterNodeIds } from './node-filter';
import { compareNodes, DEFAULT_SORT } from './sort-nodes';

/** A filtered, sorted page of nodes with the count of all that match. */
export function findNodesIn(state: GraphState, request: NodePageRequest): NodePage {
  const offset = request.offset ?? 0;
  const limit = request.limit;
  if (!Number.isInteger(offset) || offset < 0) throw new BadRequestError(`offset must be a whole number ≥ 0`);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new BadRequestError(`limit must be a whole number ≥ 0`);
  }
  const { graph } = state;
  const nodes = filterNodeIds(state, request.filter).map((id) => graph.getNodeAttributes(id));
  const sort = request.sort && request.sort.length > 0 ? request.sort : DEFAULT_SORT;
  nodes.sort(compareNodes(sort));
  const page = nodes.slice(offset, limit === undefined ? undefined : offset + limit);
  return { nodes: page.map((node) => storedNode(graph, node.id)), totalCount: nodes.length };
}
