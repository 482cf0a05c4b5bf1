import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../schema/model';
import { BASE_LABEL } from './cypher-query';

/** Name of the full-text index over names and aliases that search uses. */
export const NAME_INDEX = 'node_names';

/**
 * The schema the store creates on open, each statement idempotent (IF NOT EXISTS):
 * - one uniqueness constraint on :Node(id), covering every label (see BASE_LABEL);
 * - range indexes on name and on the properties filters and sorts use most;
 * - per relationship type, a uniqueness constraint on `key` (relationshipKey(): one edge
 *   per fact and document) and an index on `documentId`, which replacing and deleting a
 *   document look edges up by;
 * - a full-text index with the `cjk` analyzer (bigrams of Han characters) over name and
 *   aliases: a whitespace tokenizer would see 嘉泽镇 as one word and never find it from 嘉泽.
 */
export function schemaStatements(): string[] {
  const statements = [
    `CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:${BASE_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX node_name IF NOT EXISTS FOR (n:${BASE_LABEL}) ON (n.name)`,
    'CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source)',
    'CREATE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind)',
    'CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code)',
    'CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status)',
    'CREATE INDEX programme_level IF NOT EXISTS FOR (n:Programme) ON (n.level)',
    'CREATE INDEX target_year IF NOT EXISTS FOR (n:Target) ON (n.year)',
    'CREATE INDEX indicator_year IF NOT EXISTS FOR (n:Indicator) ON (n.year)',
  ];
  for (const type of RELATIONSHIP_TYPES) {
    const name = type.toLowerCase();
    statements.push(
      `CREATE CONSTRAINT ${name}_key IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE`,
      `CREATE INDEX ${name}_document IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.documentId)`,
    );
  }
  statements.push(
    `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.aliases]
  OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  );
  return statements;
}

/** Waits until every index is online, so that a search right after open sees all nodes. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
