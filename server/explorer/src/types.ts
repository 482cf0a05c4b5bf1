/** Shapes of the API's answers, as the page's queries ask for them. */

/** Any node, just enough to name it and link to it. */
export interface NodeRef {
  __typename: string;
  id: string;
  /** Entities have a name, documents a title. */
  name?: string;
  title?: string;
}

export interface ProvenanceView {
  document: { id: string; title: string } | null;
  documentId: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

export interface RelationshipView {
  id: string;
  type: string;
  from: NodeRef;
  to: NodeRef;
  provenance: ProvenanceView | null;
  role?: string | null;
}

/** A node(id) answer: the common entity fields plus whatever its type adds. */
export interface EntityDetail extends NodeRef {
  name: string;
  aliases: string[];
  provenance: ProvenanceView[];
  relationships: RelationshipView[];
  [field: string]: unknown;
}

export interface SearchHitView {
  score: number;
  node: NodeRef & { aliases?: string[] };
}

export interface SubgraphView {
  nodes: NodeRef[];
  relationships: { id: string; type: string; from: { id: string }; to: { id: string } }[];
}

export interface TargetRow {
  [column: string]: string | number | null | undefined;
  id: string;
  metric: string | null;
  value: number | null;
  unit: string | null;
  year: number | null;
  qualifier: string | null;
}

/** The display name of any node. */
export function nodeName(node: NodeRef): string {
  return node.name ?? node.title ?? node.id;
}
