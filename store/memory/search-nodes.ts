import type { SearchHit, SearchRequest } from '../graph-store';
import type { GraphState } from './graph-state';
import type { NodeAttributes } from './graph-types';
import { storedNode } from './graph-types';

export const DEFAULT_SEARCH_LIMIT = 20;

/** Scores of the ways a text can match a node; only their order is part of the contract. */
export const SEARCH_SCORES = { exactName: 4, exactAlias: 3, prefix: 2, substring: 1 } as const;

/**
 * Substring search over names and aliases. Chinese has no word boundaries, so a plain
 * substring is the right unit (嘉泽 finds 嘉泽镇); Latin letters match without case.
 */
export function scoreNode(node: NodeAttributes, text: string): number {
  const name = node.name.toLowerCase();
  const aliases = node.aliases.map((alias) => alias.toLowerCase());
  if (name === text) return SEARCH_SCORES.exactName;
  if (aliases.includes(text)) return SEARCH_SCORES.exactAlias;
  if (name.startsWith(text) || aliases.some((alias) => alias.startsWith(text))) return SEARCH_SCORES.prefix;
  if (name.includes(text) || aliases.some((alias) => alias.includes(text))) return SEARCH_SCORES.substring;
  return 0;
}

/** Best matches first; among equal scores shorter names first, then by id. */
export function searchNodesIn(state: GraphState, request: SearchRequest): SearchHit[] {
  const text = request.text.trim().toLowerCase();
  const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
  if (text === '' || limit <= 0) return [];
  const { graph } = state;
  const candidates =
    request.labels && request.labels.length > 0
      ? [...new Set(request.labels)].flatMap((label) => [...(state.nodesByLabel.get(label) ?? [])])
      : graph.nodes();
  const scored: { node: NodeAttributes; score: number }[] = [];
  for (const id of candidates) {
    const node = graph.getNodeAttributes(id);
    const score = scoreNode(node, text);
    if (score > 0) scored.push({ node, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.node.name.length - b.node.name.length ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ node, score }) => ({ node: storedNode(graph, node.id), score }));
}
