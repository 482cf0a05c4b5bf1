import { documentId, entityId, placeIdFromCode } from '../../schema/ids';
import type { NodeLabel, PlaceKind, Properties, RelationshipType } from '../../schema/model';
import type { GraphRecords, NodeRecord, RelationshipRecord } from '../../schema/records';

/** Builds one document's records the way the loaders emit them, with provenance on every edge. */
export class DocumentBuilder {
  readonly document: NodeRecord;
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly relationships: RelationshipRecord[] = [];
  private offset = 0;

  constructor(options: { text: string; title: string; source: string; publishedAt: string }) {
    this.document = {
      id: documentId(options.text),
      label: 'Document',
      name: options.title,
      aliases: [],
      properties: { title: options.title, source: options.source, publishedAt: options.publishedAt },
    };
  }

  get id(): string {
    return this.document.id;
  }

  /** Adds a node (once) and a MENTIONED_IN edge for it; returns its id. */
  add(node: NodeRecord, sentence = `……${node.name}……`): string {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    this.mention(node.id, sentence);
    return node.id;
  }

  /** One more mention of a node, at a new offset. */
  mention(id: string, sentence: string): void {
    this.relate({ type: 'MENTIONED_IN', from: id, to: this.document.id, sentence });
  }

  relate(edge: {
    type: RelationshipType;
    from: string;
    to: string;
    sentence?: string;
    extra?: Properties;
  }): void {
    const start = this.offset;
    this.offset += 10;
    this.relationships.push({
      type: edge.type,
      from: edge.from,
      to: edge.to,
      properties: {
        documentId: this.document.id,
        sentence: edge.sentence ?? `${edge.type} 的例句`,
        start,
        end: start + 4,
        rule: `fixture.${edge.type.toLowerCase()}`,
        confidence: 0.9,
        ...edge.extra,
      },
    });
  }

  records(): GraphRecords {
    return {
      documents: [structuredClone(this.document)],
      nodes: [...this.nodes.values()].map((node) => structuredClone(node)),
      relationships: this.relationships.map((rel) => structuredClone(rel)),
    };
  }
}

export function place(options: {
  code: string;
  name: string;
  kind: PlaceKind;
  aliases?: string[];
}): NodeRecord {
  return {
    id: placeIdFromCode(options.code),
    label: 'Place',
    name: options.name,
    aliases: options.aliases ?? [],
    properties: { kind: options.kind, code: options.code },
  };
}

export function entity(options: {
  label: NodeLabel;
  name: string;
  aliases?: string[];
  properties?: Properties;
  /** Parts beyond the name that make the id unique (a target's subject and year). */
  key?: string[];
}): NodeRecord {
  return {
    id: entityId(options.label, options.name, ...(options.key ?? [])),
    label: options.label,
    name: options.name,
    aliases: options.aliases ?? [],
    properties: options.properties ?? {},
  };
}
