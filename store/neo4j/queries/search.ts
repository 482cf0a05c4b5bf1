import neo4j from 'neo4j-driver';
import { NODE_LABELS, type NodeLabel } from '../../../schema/model';
import type { SearchRequest } from '../../graph-store';
import { BASE_LABEL, NODE_COLUMNS, type CypherQuery } from './cypher-query';
import { NAME_INDEX } from './schema';

export const DEFAULT_SEARCH_LIMIT = 20;

/** Scores as in the memory store; only their order is part of the contract. */
const SCORE = `CASE
    WHEN name = $text THEN 4
    WHEN $text IN aliases THEN 3
    WHEN name STARTS WITH $text OR any(alias IN aliases WHERE alias STARTS WITH $text) THEN 2
    WHEN name CONTAINS $text OR any(alias IN aliases WHERE alias CONTAINS $text) THEN 1
    ELSE 0
  END`;

const RANK = `WITH n, toLower(n.name) AS name, [alias IN coalesce(n.aliases, []) | toLower(alias)] AS aliases
WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
WITH n, ${SCORE} AS score
WHERE score > 0
WITH n, score
ORDER BY score DESC, size(n.name) ASC, n.id ASC
LIMIT $limit
RETURN score, ${NODE_COLUMNS}`;

/**
 * Candidates from the full-text index: a phrase of the text's bigrams (the cjk analyzer)
 * matches exactly the names and aliases that contain the text, so the index finds every
 * substring match and the ranking below sees them all.
 */
const FULLTEXT_TEXT = `CALL db.index.fulltext.queryNodes('${NAME_INDEX}', $phrase) YIELD node AS n
${RANK}`;

/**
 * A scan with CONTAINS, for texts the index cannot answer as substrings: one character
 * (the analyzer indexes bigrams) or anything but Han characters (Latin words, digits,
 * punctuation are indexed as whole tokens, so 532 would not find “532”发展战略).
 */
const SCAN_TEXT = `MATCH (n:${BASE_LABEL})
WHERE toLower(n.name) CONTAINS $text OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $text)
${RANK}`;

const HAN_ONLY = /^\p{Script=Han}{2,}$/u;

/** Whether the full-text index finds every node containing this (lower-cased, trimmed) text. */
export function indexAnswers(text: string): boolean {
  return HAN_ONLY.test(text);
}

/** The search statement; null when the text is empty or the limit leaves no room. */
export function searchQuery(request: SearchRequest): CypherQuery | null {
  const text = request.text.trim().toLowerCase();
  const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
  if (text === '' || limit <= 0) return null;
  const labels: NodeLabel[] | null =
    request.labels && request.labels.length > 0
      ? NODE_LABELS.filter((label) => request.labels!.includes(label))
      : null;
  const parameters: Record<string, unknown> = { text, labels, limit: neo4j.int(limit) };
  if (!indexAnswers(text)) return { text: SCAN_TEXT, parameters };
  // Han characters need no escaping inside a Lucene phrase.
  return { text: FULLTEXT_TEXT, parameters: { ...parameters, phrase: `"${text}"` } };
}
