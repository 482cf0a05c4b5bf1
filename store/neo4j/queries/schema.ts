import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from '../../../schema/model';
import { BASE_LABEL } from './cypher-query';

/** Name of the full-text index over names and aliases that search uses. */
export const NAME_INDEX = 'node_names';

/**
 * The equality filters a listing in name order reads from a composite index `(property,
 * name)` (`<label>_<property>_name`): the towns (`kind`), the projects of a status, the
 * targets and indicators of a year. Within one value of the property the index is in name
 * order, so a page is read in order and stops after it, where the property's own index
 * gives every node of that value to a sort (2 060 targets of 2022 at 10 000 documents).
 */
export const NAME_ORDER_FILTERS: Readonly<Partial<Record<NodeLabel, readonly string[]>>> = {
  Place: ['kind'],
  Project: ['status'],
  Target: ['year'],
  Indicator: ['year'],
};

export interface SchemaStatement {
  /** Name of the constraint or index the statement creates. */
  name: string;
  text: string;
}

/**
 * The schema the store creates on open, each statement idempotent (IF NOT EXISTS):
 * - one uniqueness constraint on :Node(id), covering every label (see BASE_LABEL);
 * - range indexes on name (on :Node, and per label for listings in name order) and on the
 *   properties filters and sorts use most, and composite `(property, name)` indexes for the
 *   equality filters of listings in name order (NAME_ORDER_FILTERS);
 * - per relationship type, a uniqueness constraint on `key` (relationshipKey(): one edge
 *   per fact and document) and an index on `documentId`, which replacing and deleting a
 *   document look edges up by;
 * - a full-text index with the `cjk` analyzer (bigrams of Han characters) over name and
 *   aliases: a whitespace tokenizer would see 嘉泽镇 as one word and never find it from 嘉泽.
 */
export function schemaStatements(): SchemaStatement[] {
  const statements: SchemaStatement[] = [
    constraint('node_id', `(n:${BASE_LABEL})`, 'n.id'),
    index('node_name', `(n:${BASE_LABEL})`, 'n.name'),
    index('document_source', '(n:Document)', 'n.source'),
    index('place_kind', '(n:Place)', 'n.kind'),
    index('place_code', '(n:Place)', 'n.code'),
    index('project_status', '(n:Project)', 'n.status'),
    index('programme_level', '(n:Programme)', 'n.level'),
    index('target_year', '(n:Target)', 'n.year'),
    index('indicator_year', '(n:Indicator)', 'n.year'),
    index('target_metric', '(n:Target)', 'n.metricKey'),
    index('indicator_metric', '(n:Indicator)', 'n.metricKey'),
  ];
  // A listing of one label in name order (every root connection) reads its first page
  // from the label's own name index, in order, instead of sorting every node of the label:
  // 64 291 database hits for the first 20 projects of 21 423 at 10 000 documents, 67 with it.
  for (const label of NODE_LABELS)
    statements.push(index(`${label.toLowerCase()}_name`, `(n:${label})`, 'n.name'));
  for (const [label, properties] of Object.entries(NAME_ORDER_FILTERS)) {
    for (const property of properties ?? []) {
      const name = `${label.toLowerCase()}_${property.toLowerCase()}_name`;
      statements.push(index(name, `(n:${label})`, `n.${property}, n.name`));
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const name = type.toLowerCase();
    statements.push(
      constraint(`${name}_key`, `()-[r:${type}]-()`, 'r.key'),
      index(`${name}_document`, `()-[r:${type}]-()`, 'r.documentId'),
    );
  }
  statements.push({
    name: NAME_INDEX,
    text: `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.aliases]
  OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  });
  return statements;
}

/** Whether the statement creates a uniqueness constraint (which populates its index as it runs). */
export function isConstraint(statement: SchemaStatement): boolean {
  return statement.text.startsWith('CREATE CONSTRAINT');
}

function constraint(name: string, pattern: string, property: string): SchemaStatement {
  return {
    name,
    text: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ${pattern} REQUIRE ${property} IS UNIQUE`,
  };
}

function index(name: string, pattern: string, property: string): SchemaStatement {
  return { name, text: `CREATE INDEX ${name} IF NOT EXISTS FOR ${pattern} ON (${property})` };
}

/**
 * Names of the indexes already there, so that an open skips creating them. A uniqueness
 * constraint's backing index carries the constraint's name, so this covers both.
 */
export const EXISTING_SCHEMA = 'SHOW INDEXES YIELD name RETURN name';

/** Waits until every index is online, so that a search right after open sees all nodes. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
