import { abortCheck } from '../deadline';
import type { SearchHit, SearchRequest } from '../graph-store';
import type { GraphState } from './graph-state';
import type { NodeAttributes } from './graph-types';
import { storedNode } from './stored-node';
import { TopHits } from './top-hits';

export const DEFAULT_SEARCH_LIMIT = 20;

/** Scores of the ways a text can match a node; only their order is part of the contract. */
export const SEARCH_SCORES = { exactName: 4, exactAlias: 3, prefix: 2, substring: 1 } as const;

type Fold = (value: string) => string;
const lowerCase: Fold = (value) => value.toLowerCase();
const unchanged: Fold = (value) => value;

/**
 * How well a node's name or aliases match a search text. Chinese has no word boundaries,
 * so a plain substring is the unit (嘉泽 finds 嘉泽镇); Latin letters match without case,
 * and only then are names lower-cased, so a Chinese search allocates nothing per node.
 */
export function scoreNode(node: NodeAttributes, text: string, fold: Fold): number {
  const name = fold(node.name);
  if (name === text) return SEARCH_SCORES.exactName;
  let best = matchScore(name, text);
  for (const alias of node.aliases) {
    const folded = fold(alias);
    const score = folded === text ? SEARCH_SCORES.exactAlias : matchScore(folded, text);
    if (score > best) best = score;
  }
  return best;
}

function matchScore(value: string, text: string): number {
  const at = value.indexOf(text);
  return at === 0 ? SEARCH_SCORES.prefix : at > 0 ? SEARCH_SCORES.substring : 0;
}

interface Scored {
  node: NodeAttributes;
  score: number;
}

/** Higher score first; among equal scores shorter names first, then by id. */
function compareHits(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    a.node.name.length - b.node.name.length ||
    (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0)
  );
}

export function searchNodesIn(state: GraphState, request: SearchRequest): SearchHit[] {
  const caseless = /[A-Za-z]/.test(request.text);
  const fold = caseless ? lowerCase : unchanged;
  const text = fold(request.text.trim());
  const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
  if (text === '' || limit <= 0) return [];
  const { graph } = state;
  const hits = new TopHits<Scored>(limit, compareHits);
  // A scan of every name: the one loop of a search, so the deadline is checked inside it.
  const check = abortCheck(request.signal);
  const consider = (node: NodeAttributes): void => {
    check();
    const score = scoreNode(node, text, fold);
    if (score > 0) hits.offer({ node, score });
  };
  // Only nodes holding every gram of the text can contain it (see NameIndex); each is
  // scored as before, so the ranking is the one a scan of every name would give.
  const labels = request.labels && request.labels.length > 0 ? new Set(request.labels) : undefined;
  for (const id of state.names.candidates(text)) {
    const node = graph.getNodeAttributes(id);
    if (!labels || labels.has(node.label)) consider(node);
  }
  return hits.sorted().map(({ node, score }) => ({ node: storedNode(state, node.id), score }));
}
