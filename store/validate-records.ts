import { DocumentError } from '../schema/errors';
import { DERIVED_RELATIONSHIP_TYPES, isNodeLabel, isRelationshipType } from '../schema/model';
import type { GraphRecords, NodeRecord, RelationshipRecord } from '../schema/records';
import {
  propertiesProblem,
  RESERVED_NODE_PROPERTIES,
  RESERVED_RELATIONSHIP_PROPERTIES,
} from './validate-properties';

/** How errors name a document: its id, and its source or title when it has one. */
export function describeDocument(document: NodeRecord): string {
  const { source, title } = document.properties;
  const hint = typeof source === 'string' && source ? source : typeof title === 'string' ? title : '';
  return hint ? `${document.id} (${hint})` : document.id;
}

/** The one Document record of a load; throws a DocumentError when there is not exactly one. */
export function documentRecordOf(records: GraphRecords): NodeRecord {
  const valid =
    records &&
    Array.isArray(records.documents) &&
    Array.isArray(records.nodes) &&
    Array.isArray(records.relationships);
  if (!valid) throw new DocumentError('graph records', 'documents, nodes and relationships must be arrays');
  if (records.documents.length !== 1) {
    const ids = records.documents.map((d) => d?.id).join(', ');
    throw new DocumentError(
      ids || 'graph records',
      `expected exactly one Document, found ${records.documents.length}`,
    );
  }
  const document = records.documents[0] as NodeRecord;
  const problem = nodeProblem(document);
  if (problem) throw new DocumentError(String(document?.id ?? 'graph records'), problem);
  if (document.label !== 'Document') {
    throw new DocumentError(document.id, `documents[0] has label ${document.label}, expected Document`);
  }
  return document;
}

/** Every id the records refer to: their nodes and the ends of their relationships. */
export function referencedIds(records: GraphRecords): string[] {
  const ids = new Set<string>();
  for (const node of [...records.documents, ...records.nodes])
    if (typeof node?.id === 'string') ids.add(node.id);
  for (const rel of records.relationships) {
    if (typeof rel?.from === 'string') ids.add(rel.from);
    if (typeof rel?.to === 'string') ids.add(rel.to);
  }
  return [...ids];
}

export interface ValidationRequest {
  records: GraphRecords;
  document: NodeRecord;
  /** The label stored for an id, as it will be after the load's removals; undefined if none. */
  storedLabel(id: string): string | undefined;
}

/**
 * Checks a document's records before anything is written: node shapes and labels, one
 * label per id, Neo4j-storable properties, relationship types, provenance naming this
 * document, and endpoints that exist among the records or in the graph. Throws a
 * DocumentError naming the document and the first problem.
 */
export function validateRecords(request: ValidationRequest): void {
  const { records, document, storedLabel } = request;
  const fail = (problem: string): never => {
    throw new DocumentError(describeDocument(document), problem);
  };
  const labels = new Map<string, string>([[document.id, 'Document']]);
  records.nodes.forEach((node, index) => {
    const problem = nodeProblem(node);
    if (problem) fail(`nodes[${index}] ${problem}`);
    if (node.label === 'Document')
      fail(`nodes[${index}] (${node.id}) is a Document; documents go in documents[]`);
    const seen = labels.get(node.id);
    if (seen && seen !== node.label) fail(`node ${node.id} is both ${seen} and ${node.label}`);
    const stored = storedLabel(node.id);
    if (stored && stored !== node.label)
      fail(`node ${node.id} is ${node.label} here but ${stored} in the graph`);
    labels.set(node.id, node.label);
  });
  records.relationships.forEach((relationship, index) => {
    const problem = relationshipProblem(relationship, document, (id) => labels.get(id) ?? storedLabel(id));
    if (problem) fail(`relationships[${index}] ${problem}`);
  });
}

function nodeProblem(node: NodeRecord | undefined): string | undefined {
  if (typeof node !== 'object' || node === null) return 'is not an object';
  if (typeof node.id !== 'string' || node.id === '') return 'has no id';
  if (typeof node.label !== 'string' || !isNodeLabel(node.label))
    return `(${node.id}) has unknown label ${node.label}`;
  if (typeof node.name !== 'string') return `(${node.id}) has no name`;
  if (!Array.isArray(node.aliases) || node.aliases.some((a) => typeof a !== 'string')) {
    return `(${node.id}) aliases must be an array of strings`;
  }
  const problem = propertiesProblem(node.properties, RESERVED_NODE_PROPERTIES);
  return problem ? `(${node.id}) ${problem}` : undefined;
}

function relationshipProblem(
  rel: RelationshipRecord,
  document: NodeRecord,
  labelOf: (id: string) => string | undefined,
): string | undefined {
  if (typeof rel !== 'object' || rel === null) return 'is not an object';
  if (typeof rel.type !== 'string' || !isRelationshipType(rel.type)) return `has unknown type ${rel.type}`;
  const what = `${rel.type} ${rel.from} -> ${rel.to}`;
  if ((DERIVED_RELATIONSHIP_TYPES as readonly string[]).includes(rel.type))
    return `${what}: ${rel.type} is computed by the store, a document cannot state it`;
  if (typeof rel.from !== 'string' || typeof rel.to !== 'string') return `${what} needs from and to ids`;
  const problem = propertiesProblem(rel.properties, RESERVED_RELATIONSHIP_PROPERTIES);
  if (problem) return `${what}: ${problem}`;
  if (rel.properties.documentId !== document.id) {
    return `${what} has documentId ${rel.properties.documentId}, expected ${document.id}`;
  }
  if (rel.type === 'MENTIONED_IN') {
    if (rel.to !== document.id) return `${what} must point to its document ${document.id}`;
    if (typeof rel.properties.start !== 'number') return `${what} needs a numeric start offset`;
    if (rel.from === document.id) return `${what}: a Document cannot mention itself`;
  }
  for (const end of [rel.from, rel.to]) {
    const label = labelOf(end);
    if (!label) return `${what}: endpoint ${end} is neither in this document's records nor in the graph`;
    if (label === 'Document' && rel.type !== 'MENTIONED_IN')
      return `${what}: only MENTIONED_IN may touch a Document`;
  }
  return undefined;
}
