import { relationshipKey } from '../../schema/ids';
import type {
  GraphRecords,
  NodeRecord,
  ProvenanceProperties,
  RelationshipRecord,
} from '../../schema/records';
import type { ExtractedFacts, ReadDocument, Span } from '../types';
import { resolveEntities } from './entity-ids';
import { mergeProperties } from './merge-properties';

function provenance(
  doc: ReadDocument,
  evidence: { span: Span; rule: string; confidence: number },
): ProvenanceProperties {
  const sentence = doc.sentences[evidence.span.sentenceIndex];
  return {
    documentId: doc.id,
    sentence: sentence?.text ?? '',
    start: evidence.span.start,
    end: evidence.span.end,
    rule: evidence.rule,
    confidence: evidence.confidence,
  };
}

/** Longest text (characters) a Document node keeps: town reports and news are far shorter. */
export const MAX_KEPT_TEXT = 256 * 1024;

/** The caller's place hints, kept so that a second reading of the text gets them again. */
function hintProperties(hints: ReadDocument['hints']): Record<string, string> {
  const kept: Record<string, string> = {};
  if (hints.place) kept.hintPlace = hints.place;
  if (hints.district) kept.hintDistrict = hints.district;
  if (hints.city) kept.hintCity = hints.city;
  return kept;
}

function documentNode(doc: ReadDocument, primaryPlaceId: string | null): NodeRecord {
  return {
    id: doc.id,
    label: 'Document',
    name: doc.title,
    aliases: [],
    properties: {
      title: doc.title,
      publisher: doc.publisher,
      publishedAt: doc.publishedAt,
      source: doc.source,
      place: primaryPlaceId,
      quality: doc.quality.flags,
      spam: doc.quality.spam,
      // The normalised text: a name learnt later is searched for in it, and the document is
      // read again from it (loaders/corpus), whatever the store and wherever it came from.
      // A larger document keeps none: every write of it would copy megabytes, and reading
      // it again would cost as much as the first time.
      ...(doc.text.length <= MAX_KEPT_TEXT ? { text: doc.text } : {}),
      ...hintProperties(doc.hints),
    },
  };
}

/** Keeps one relationship per store identity: the most confident, the earliest on ties. */
function dedupe(relationships: readonly RelationshipRecord[]): RelationshipRecord[] {
  const kept = new Map<string, RelationshipRecord>();
  for (const rel of relationships) {
    const key = relationshipKey(rel);
    const held = kept.get(key);
    if (!held || rel.properties.confidence > held.properties.confidence) kept.set(key, rel);
  }
  return [...kept.values()];
}

/**
 * The resolve stage: facts of one document → graph records. One Document node, one node
 * per entity (mentions merged), one MENTIONED_IN edge per mention and one relationship per
 * stated relation, each carrying the sentence and offsets it came from. Relations whose
 * ends did not resolve are dropped, so that every endpoint exists among the nodes.
 */
export function buildRecords(
  doc: ReadDocument,
  facts: ExtractedFacts,
  options: { primaryPlaceKey?: string | null } = {},
): GraphRecords {
  const { entities, idOfKey } = resolveEntities(facts);
  const nodes: NodeRecord[] = entities
    .map((e) => ({
      id: e.id,
      label: e.label,
      name: e.name,
      aliases: e.aliases,
      properties: mergeProperties(e.mentions),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const mentions: RelationshipRecord[] = entities.flatMap((e) =>
    e.mentions.map((m) => ({
      type: 'MENTIONED_IN' as const,
      from: e.id,
      to: doc.id,
      properties: provenance(doc, m),
    })),
  );
  const stated: RelationshipRecord[] = [];
  for (const rel of facts.relations) {
    const from = idOfKey.get(rel.fromKey);
    const to = idOfKey.get(rel.toKey);
    if (!from || !to || from === to) continue;
    stated.push({ type: rel.type, from, to, properties: { ...rel.properties, ...provenance(doc, rel) } });
  }
  const primaryPlaceId = (options.primaryPlaceKey && idOfKey.get(options.primaryPlaceKey)) ?? null;
  return {
    documents: [documentNode(doc, primaryPlaceId)],
    nodes,
    relationships: [...dedupe(mentions), ...dedupe(stated)],
  };
}
