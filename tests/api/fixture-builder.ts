import type { NodeLabel, Properties, RelationshipType } from '../../schema/model';
import type { GraphRecords, NodeRecord, RelationshipRecord } from '../../schema/records';

/** Builds one document's graph records by hand, each fact's provenance found in the document's sentences. */
export interface DocumentBuilder {
  records: GraphRecords;
  node(options: {
    id: string;
    label: NodeLabel;
    name: string;
    aliases?: string[];
    properties?: Properties;
    mention?: string;
  }): string;
  link(options: {
    type: RelationshipType;
    from: string;
    to: string;
    evidence: string;
    extra?: Properties;
  }): void;
}

/** Records of one document whose text is the given sentences; evidence is found by its words. */
export function buildDocument(options: {
  id: string;
  title: string;
  placeId: string;
  sentences: string[];
}): DocumentBuilder {
  const text = options.sentences.join('');
  const documentRecord: NodeRecord = {
    id: options.id,
    label: 'Document',
    name: options.title,
    aliases: [],
    properties: {
      title: options.title,
      publisher: '武进日报',
      publishedAt: '2024-07-01',
      place: options.placeId,
      source: `fixture:${options.id}`,
      quality: ['SPAM_INJECTED', 'NAME_RESTORED'],
      spam: ['澳门现金赌场'],
      restored: ['澳门现金赌场 → 天宁区'],
    },
  };
  const records: GraphRecords = { documents: [documentRecord], nodes: [], relationships: [] };
  const provenance = (words: string, rule: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`fixture: "${words}" is in no sentence of ${options.id}`);
    const sentence = options.sentences.find((s) => s.includes(words)) as string;
    return { documentId: options.id, sentence, start, end: start + words.length, rule, confidence: 0.9 };
  };
  return {
    records,
    node({ id, label, name, aliases = [], properties = {}, mention }) {
      records.nodes.push({ id, label, name, aliases, properties });
      const words = mention ?? name;
      const relationship: RelationshipRecord = {
        type: 'MENTIONED_IN',
        from: id,
        to: options.id,
        properties: provenance(words, `${label.toLowerCase()}.fixture`),
      };
      records.relationships.push(relationship);
      return id;
    },
    link({ type, from, to, evidence, extra = {} }) {
      records.relationships.push({
        type,
        from,
        to,
        properties: { ...provenance(evidence, 'relation.fixture'), ...extra },
      });
    },
  };
}
