import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { DocumentError } from '../../../schema/errors';
import { relationshipKey } from '../../../schema/ids';
import type { Properties } from '../../../schema/model';
import type { GraphRecords, RelationshipRecord } from '../../../schema/records';
import type { DocumentOutcome, ExtractedDocument, LoadSummary } from '../../../loaders/load';
import { describeDocument, documentRecordOf, validateRecords } from '../../validate-records';
import { unwritableValue } from './column-types';
import { ImportFileWriter } from './import-file-writer';
import { NodeShards } from './node-shards';
import { OutcomeLinks } from './outcome-links';
import { writeManifest, type ImportManifest } from './write-import-files';

export interface ExportDocumentsOptions {
  /** Documents in load order, extracted (e.g. on the worker pool, loaders/pool) or failed. */
  documents: AsyncIterable<ExtractedDocument> | Iterable<ExtractedDocument>;
  /** Directory for the CSV files and import.json (created if missing). */
  dir: string;
  /** Called after each document, whatever its outcome. */
  onDocument?: (outcome: DocumentOutcome) => void;
  /** Files the node records are spread over before merging (default 64): memory holds one. */
  shards?: number;
}

/**
 * The bulk path for corpora beyond the embedded store's ceiling: documents go straight
 * from extraction into the CSV files of `neo4j-admin database import full`, with no graph
 * in memory. It writes the files the embedded store's export would write after loading
 * the same documents one by one (same ids, labels, properties, edges and OUTCOME_OF):
 *
 * - each document is validated as the store validates it, against the labels of the ids
 *   exported so far; a bad one fails alone, with its reason, and leaves nothing behind;
 *   a document id already exported is `unchanged`;
 * - its edges are written at once: a key holds the document id, so a key is unique
 *   across documents and deduplicating within the document is deduplicating them all;
 * - its node records are spilled to shard files by id (node-shards.ts) and merged at the
 *   end, one shard at a time, by the store's rule;
 * - OUTCOME_OF is chosen at the end from what the choice needs (outcome-links.ts).
 *
 * Memory holds the label of each id (validation needs it), the source of each document,
 * one shard of node records and the figures behind OUTCOME_OF, not the graph.
 * A document of a source already exported would replace the earlier one in a store; the
 * files cannot take a document back, so it fails, named, and the first reading stays.
 */
export async function exportDocumentsForImport(
  options: ExportDocumentsOptions,
): Promise<{ manifest: ImportManifest; summary: LoadSummary }> {
  await mkdir(options.dir, { recursive: true });
  const spill = await mkdtemp(path.join(options.dir, '.spill-'));
  try {
    const writer = new ImportFileWriter(options.dir);
    const shards = new NodeShards({ dir: spill, shards: options.shards ?? 64 });
    const outcomes = new OutcomeLinks(path.join(spill, 'reports.ndjson'));
    const labels = new Map<string, string>();
    const sources = new Map<string, string>();
    const summary: LoadSummary = { outcomes: [], loaded: 0, replaced: 0, unchanged: 0, failed: 0 };
    const record = (outcome: DocumentOutcome): void => {
      summary.outcomes.push(outcome);
      summary[outcome.status === 'failed' ? 'failed' : outcome.status] += 1;
      options.onDocument?.(outcome);
    };
    for await (const item of options.documents) {
      if ('failed' in item) {
        record({ name: item.name, status: 'failed', reason: item.failed });
        continue;
      }
      let checked: CheckedDocument;
      try {
        checked = checkDocument({ records: item.records, labels, sources });
      } catch (error) {
        record({
          name: item.name,
          status: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        });
        continue;
      }
      const { documentId, edges } = checked;
      const result = { documentId, replaced: [], nodes: checked.nodeCount, relationships: edges.size };
      if (checked.unchanged) {
        record({
          name: item.name,
          status: 'unchanged',
          result: { ...result, status: 'unchanged', nodes: 0, relationships: 0 },
        });
        continue;
      }
      const { records } = item;
      if (checked.source !== null) sources.set(checked.source, documentId);
      for (const node of [...records.documents, ...records.nodes]) {
        labels.set(node.id, node.label);
        shards.add(node);
      }
      for (const [key, rel] of edges) {
        writer.addRelationship({
          key,
          type: rel.type,
          from: rel.from,
          to: rel.to,
          properties: rel.properties,
        });
        outcomes.addEdge(rel, key);
      }
      record({ name: item.name, status: 'loaded', result: { ...result, status: 'loaded' } });
    }
    labels.clear();
    for (const node of shards.merged()) {
      writer.addNode(node);
      outcomes.addNode(node);
    }
    for (const edge of outcomes.edges()) writer.addRelationship({ ...edge, type: 'OUTCOME_OF' });
    const manifest = await writeManifest(options.dir, writer.finish());
    return { manifest, summary };
  } finally {
    await rm(spill, { recursive: true, force: true });
  }
}

interface CheckedDocument {
  documentId: string;
  source: string | null;
  unchanged: boolean;
  nodeCount: number;
  /** The document's edges by key; a repeated key keeps its last record, as the stores do. */
  edges: Map<string, RelationshipRecord>;
}

/** Everything that could refuse a document, checked before any of it is written. */
function checkDocument(options: {
  records: GraphRecords;
  labels: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
}): CheckedDocument {
  const { records, labels, sources } = options;
  const document = documentRecordOf(records);
  validateRecords({ records, document, storedLabel: (id) => labels.get(id) });
  const nodeIds = new Set([...records.documents, ...records.nodes].map((node) => node.id));
  const edges = new Map<string, RelationshipRecord>();
  for (const rel of records.relationships) edges.set(relationshipKey(rel), rel);
  const base = { documentId: document.id, nodeCount: nodeIds.size, edges };
  if (labels.has(document.id)) return { ...base, source: null, unchanged: true };
  const given = document.properties.source;
  const source = typeof given === 'string' && given !== '' ? given : null;
  const earlier = source === null ? undefined : sources.get(source);
  if (earlier !== undefined) {
    throw new DocumentError(
      describeDocument(document),
      `would replace ${earlier}, exported earlier from the same source; an export from documents takes each source once`,
    );
  }
  for (const node of [...records.documents, ...records.nodes]) {
    const item = delimitedItem({ ...node.properties, aliases: node.aliases });
    if (item) throw new DocumentError(describeDocument(document), `node ${node.id} ${item}`);
  }
  for (const rel of records.relationships) {
    const item = delimitedItem(rel.properties);
    if (item)
      throw new DocumentError(describeDocument(document), `${rel.type} ${rel.from} -> ${rel.to} ${item}`);
  }
  return { ...base, source, unchanged: false };
}

/** A property the export could not write as one field, with the reason. */
function delimitedItem(properties: Properties): string | undefined {
  for (const [key, value] of Object.entries(properties)) {
    const problem = unwritableValue(value);
    if (problem) return `${key}: ${problem}`;
  }
  return undefined;
}
