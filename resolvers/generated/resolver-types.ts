import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CypherResultValue, DeleteResultValue, StoredNode, NodeConnection, NodeEdge, DocumentQualityValue, KindCountValue, LinkEvidenceValue, LoadResultValue, MetricValue, Subgraph, OutcomeValue, PageInfoValue, GraphPath, PlaceStatsValue, ProjectLinkValue, ProjectLinksValue, ProvenanceValue, StoredRelationship, ScorecardValue, ScorecardEntryValue, SearchHitValue, SharedValue, StatsRoot, TimelineValue, TimelinePointValue, TownComparisonValue, TownFiguresValue, TownLinkValue, TownLinksValue } from '../parent-types';
import type { RequestContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An uploaded file, sent as a GraphQL multipart request (the graphql-multipart-request-spec:
   * parts `operations`, `map` and the file). Large documents travel best this way: the server
   * reads the file as bytes without parsing it as JSON.
   */
  File: { input: File; output: File; }
  /**
   * Any JSON value: an object, a list, a string, a number, a boolean or null. Used for the
   * parameters and rows of analyst Cypher queries.
   */
  JSON: { input: unknown; output: unknown; }
};

/** The answer of an analyst Cypher query. */
export type CypherResult = {
  __typename?: 'CypherResult';
  /** Column names, in order. */
  columns: Array<Scalars['String']['output']>;
  /** Rows as JSON objects keyed by column. */
  rows: Array<Scalars['JSON']['output']>;
  /** True when the answer was cut at the row limit or at the byte limit. */
  truncated: Scalars['Boolean']['output'];
};

/** The outcome of deleteDocument. */
export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** False when there was no such document. */
  deleted: Scalars['Boolean']['output'];
  /** Id of the document. */
  documentId: Scalars['ID']['output'];
  /** Entities removed because no other document mentions them. */
  removedNodes: Scalars['Int']['output'];
  /** Relationships removed. */
  removedRelationships: Scalars['Int']['output'];
};

/** Which way a relationship points, seen from a given node. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From others to the node. */
  | 'IN'
  /** From the node to others. */
  | 'OUT';

/** One source document: a work report, a news feature, a meeting report. */
export type Document = Node & {
  __typename?: 'Document';
  /** Entities the document mentions. */
  entities: EntityConnection;
  /** Global id: `doc:` + a hash of the normalised text. */
  id: Scalars['ID']['output'];
  /** The place the document is about (a town, or a district for district reports). */
  place?: Maybe<Place>;
  /** Publication date (YYYY-MM-DD). */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Who published it, e.g. 武进日报. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** What reading the document found and repaired. */
  quality: DocumentQuality;
  /** Stable identity of the origin (a path or a URL); a new version of a source replaces the old. */
  source?: Maybe<Scalars['String']['output']>;
  /** Title of the document. */
  title: Scalars['String']['output'];
};


/** One source document: a work report, a news feature, a meeting report. */
export type DocumentEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents of this page with their cursors. */
  edges: Array<DocumentEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of documents in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** A document in a page, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** Filters of the document listing. */
export type DocumentFilter = {
  /** Only documents that mention this entity. */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Only documents from this publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What reading a document found wrong and repaired: injected spam, names put back where
 * spam had replaced them, conversions applied.
 */
export type DocumentQuality = {
  __typename?: 'DocumentQuality';
  /** Flags such as SPAM_INJECTED, NAME_RESTORED, TRADITIONAL_CONVERTED, HTML, BOILERPLATE_REMOVED. */
  flags: Array<Scalars['String']['output']>;
  /** Names put back where spam had replaced them. */
  restored: Array<Scalars['String']['output']>;
  /** The injected strings found (and removed or replaced). */
  spam: Array<Scalars['String']['output']>;
};

/** A company, factory or bank. */
export type Enterprise = Entity & Node & {
  __typename?: 'Enterprise';
  /** Short and full names the documents use. */
  aliases: Array<Scalars['String']['output']>;
  /** Global id of the enterprise. */
  id: Scalars['ID']['output'];
  /** Achieved figures the enterprise reports. */
  indicators: Array<Indicator>;
  /** Canonical (usually full registered) name. */
  name: Scalars['String']['output'];
  /** Enterprises, institutions and places it partners with. */
  partners: Array<Entity>;
  /** The place the enterprise lies in (through its zone when it lies in a zone). */
  place?: Maybe<Place>;
  /** Projects the enterprise runs or invests in. */
  projects: Array<Project>;
  /** Every mention of the enterprise. */
  provenance: Array<Provenance>;
  /** Relationships of the enterprise (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
  /** The zone the enterprise lies in, if any. */
  zone?: Maybe<Zone>;
};


/** A company, factory or bank. */
export type EnterpriseIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, factory or bank. */
export type EnterprisePartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, factory or bank. */
export type EnterpriseProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, factory or bank. */
export type EnterpriseProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, factory or bank. */
export type EnterpriseRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of enterprises. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** The enterprises of this page with their cursors. */
  edges: Array<EnterpriseEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of enterprises in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** An enterprise in a page, with its cursor. */
export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The enterprise. */
  node: Enterprise;
};

/** Filters of the enterprise listing. */
export type EnterpriseFilter = {
  /** Only enterprises whose name or alias contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only enterprises in this place or under it. */
  place?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A thing found in documents (every node but Document). Each entity points back to the
 * sentences that mention it and to its relationships, each with its own evidence.
 */
export type Entity = {
  /** Other names the documents use for it (short names, full names). */
  aliases: Array<Scalars['String']['output']>;
  /** Global, stable id of the entity. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Every mention of the entity: one per sentence that names it (its MENTIONED_IN edges). */
  provenance: Array<Provenance>;
  /** Relationships of the entity (MENTIONED_IN excluded), each with the evidence that states it; outgoing first, then by id. */
  relationships: Array<Relationship>;
};


/**
 * A thing found in documents (every node but Document). Each entity points back to the
 * sentences that mention it and to its relationships, each with its own evidence.
 */
export type EntityProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A thing found in documents (every node but Document). Each entity points back to the
 * sentences that mention it and to its relationships, each with its own evidence.
 */
export type EntityRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of entities of any kind. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page with their cursors. */
  edges: Array<EntityEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of entities in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Filters of goals and achieved figures. */
export type FigureFilter = {
  /** Only figures of this metric (exact), e.g. 地区生产总值. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Only figures of this place or of places under it. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures set by this programme (goals only). */
  programme?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures for this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** An achieved numeric figure, e.g. 完成工业开票销售120亿元. */
export type Indicator = Entity & Node & {
  __typename?: 'Indicator';
  /** Other labels. */
  aliases: Array<Scalars['String']['output']>;
  /** True when the value is a change (增长6%), false when it is a level. */
  change?: Maybe<Scalars['Boolean']['output']>;
  /** Global id of the figure. */
  id: Scalars['ID']['output'];
  /** What is measured. */
  metric?: Maybe<Scalars['String']['output']>;
  /** Key of the metric in the vocabulary, null when the metric is not one it knows. */
  metricKey?: Maybe<Scalars['String']['output']>;
  /** A short label: the metric and its value as written. */
  name: Scalars['String']['output'];
  /** The canonical unit of the metric. */
  normalisedUnit?: Maybe<Scalars['String']['output']>;
  /** The value in the metric's canonical unit (a fall, 同比下降3%, is -3). */
  normalisedValue?: Maybe<Scalars['Float']['output']>;
  /** Every mention of the figure. */
  provenance: Array<Provenance>;
  /** Relationships of the figure, with their evidence. */
  relationships: Array<Relationship>;
  /** Who reports the figure: a place or an enterprise. */
  subject?: Maybe<Entity>;
  /** The words of the figure as the document states them. */
  text?: Maybe<Scalars['String']['output']>;
  /** Unit of the value. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value in base units. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Year the figure is for. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** An achieved numeric figure, e.g. 完成工业开票销售120亿元. */
export type IndicatorProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An achieved numeric figure, e.g. 完成工业开票销售120亿元. */
export type IndicatorRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of achieved figures. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** The figures of this page with their cursors. */
  edges: Array<IndicatorEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of figures in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** An achieved figure in a page, with its cursor. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The figure. */
  node: Indicator;
};

/** A sector named as a focus, e.g. 氢能, 合成生物, 新材料. */
export type Industry = Entity & Node & {
  __typename?: 'Industry';
  /** Other names the documents use. */
  aliases: Array<Scalars['String']['output']>;
  /** Global id of the industry. */
  id: Scalars['ID']['output'];
  /** Name of the sector. */
  name: Scalars['String']['output'];
  /** Places that focus on this industry. */
  places: Array<Place>;
  /** Every mention of the industry. */
  provenance: Array<Provenance>;
  /** Relationships of the industry (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
  /** Zones that focus on this industry. */
  zones: Array<Zone>;
};


/** A sector named as a focus, e.g. 氢能, 合成生物, 新材料. */
export type IndustryPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sector named as a focus, e.g. 氢能, 合成生物, 新材料. */
export type IndustryProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sector named as a focus, e.g. 氢能, 合成生物, 新材料. */
export type IndustryRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A sector named as a focus, e.g. 氢能, 合成生物, 新材料. */
export type IndustryZonesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A document to ingest: its content (exactly one of text, base64 and file) and what is known of it. */
export type IngestDocumentInput = {
  /** The content as base64 bytes (any encoding the readers detect: UTF-8, UTF-16, GBK). */
  base64?: InputMaybe<Scalars['String']['input']>;
  /** The city of that place, e.g. 常州市. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The district of that place, e.g. 武进区. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** The content as an uploaded file, in any encoding the readers detect. */
  file?: InputMaybe<Scalars['File']['input']>;
  /** Name used in errors and as the default source, e.g. an upload's file name. */
  name: Scalars['String']['input'];
  /** The place the document is about, e.g. 嘉泽镇. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Publication date (YYYY-MM-DD), used to resolve 今年 / 明年. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Stable identity of the origin (a path or URL); a new version of a source replaces the old. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The content as text (plain text or HTML). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Title of the document. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A university, hospital, school, court, police station, association or similar body. */
export type Institution = Entity & Node & {
  __typename?: 'Institution';
  /** Other names the documents use. */
  aliases: Array<Scalars['String']['output']>;
  /** Global id of the institution. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Enterprises, institutions and places it partners with. */
  partners: Array<Entity>;
  /** The place the institution lies in. */
  place?: Maybe<Place>;
  /** Every mention of the institution. */
  provenance: Array<Provenance>;
  /** Relationships of the institution (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
};


/** A university, hospital, school, court, police station, association or similar body. */
export type InstitutionPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, hospital, school, court, police station, association or similar body. */
export type InstitutionProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, hospital, school, court, police station, association or similar body. */
export type InstitutionRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of institutions. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  /** The institutions of this page with their cursors. */
  edges: Array<InstitutionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of institutions in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** An institution in a page, with its cursor. */
export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The institution. */
  node: Institution;
};

/** Filters of the institution listing. */
export type InstitutionFilter = {
  /** Only institutions whose name or alias contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only institutions in this place or under it. */
  place?: InputMaybe<Scalars['ID']['input']>;
};

/** A count of nodes of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: NodeKind;
};

/** An entity two places or two projects both hold: the evidence of a link between them. */
export type LinkEvidence = {
  __typename?: 'LinkEvidence';
  /** The documents stating that either side holds the entity, each once, ordered by id (at most `first`). */
  documents: Array<Document>;
  /** The shared programme, enterprise, industry or zone. */
  entity: Entity;
  /** The kind of the shared entity: PROGRAMME, ENTERPRISE, INDUSTRY or ZONE. */
  kind: NodeKind;
  /** The facts tying the entity to either side, with their sentences (at most `first`). */
  relationships: Array<Relationship>;
};


/** An entity two places or two projects both hold: the evidence of a link between them. */
export type LinkEvidenceDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An entity two places or two projects both hold: the evidence of a link between them. */
export type LinkEvidenceRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of ingestDocument. */
export type LoadResult = {
  __typename?: 'LoadResult';
  /** The document as stored. */
  document?: Maybe<Document>;
  /** Id of the document. */
  documentId: Scalars['ID']['output'];
  /** Number of nodes the document's records hold. */
  nodes: Scalars['Int']['output'];
  /** Number of relationships the document's records hold. */
  relationships: Scalars['Int']['output'];
  /** Ids of earlier versions of the same source that this load replaced. */
  replaced: Array<Scalars['ID']['output']>;
  /**
   * Ids of the documents loaded earlier that were read again because this one taught the
   * corpus a company name they hold (corpus identity); each replaced its earlier reading.
   * At most 25 are read again per ingest; the others keep their earlier reading.
   */
  reread: Array<Scalars['ID']['output']>;
  /** What the load did. */
  status: LoadStatus;
};

/** What loading a document did. */
export type LoadStatus =
  /** The document is new. */
  | 'LOADED'
  /** The document replaced an earlier version of the same source. */
  | 'REPLACED'
  /** The same text was already loaded; nothing changed. */
  | 'UNCHANGED';

/** A metric of the vocabulary, with how often the graph holds it. */
export type Metric = {
  __typename?: 'Metric';
  /** Number of indicators with this metric in the graph. */
  indicatorCount: Scalars['Int']['output'];
  /** Stable key, e.g. `gdp.growth`. */
  key: Scalars['String']['output'];
  /** What the metric measures. */
  kind: MetricKind;
  /** The usual Chinese name, e.g. 地区生产总值增长. */
  label: Scalars['String']['output'];
  /** Phrasings that name the metric (normalised: 规模以上 is written 规上). */
  synonyms: Array<Scalars['String']['output']>;
  /** Number of targets with this metric in the graph. */
  targetCount: Scalars['Int']['output'];
  /** The canonical unit its normalised values are in, e.g. 元, %, 亩; `*` for capacities stated in the product's unit. */
  unit: Scalars['String']['output'];
};

/** What a metric measures, which decides its canonical unit and what it can be compared with. */
export type MetricKind =
  /** An area (亩, 平方米). */
  | 'AREA'
  /** A number of things (家, 个, 人, 吨). */
  | 'COUNT'
  /** A rate of change in % (增长6%); never compared with a level. */
  | 'GROWTH'
  /** An amount of money or output (元, 美元). */
  | 'LEVEL'
  /** A share or rate in % (城镇化率, 完成年度计划的85%). */
  | 'RATIO';

/**
 * Changes to the graph. Each mutation is one store transaction. Mutations need the header
 * `Authorization: Bearer <token>` with the server's token (TOWNGRAPH_TOKEN); a server
 * without a token refuses them with MUTATIONS_DISABLED.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Removes a document, its relationships and the entities no other document mentions. */
  deleteDocument: DeleteResult;
  /** Extracts a document and loads it; loading the same text again changes nothing. */
  ingestDocument: LoadResult;
};


/**
 * Changes to the graph. Each mutation is one store transaction. Mutations need the header
 * `Authorization: Bearer <token>` with the server's token (TOWNGRAPH_TOKEN); a server
 * without a token refuses them with MUTATIONS_DISABLED.
 */
export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Each mutation is one store transaction. Mutations need the header
 * `Authorization: Bearer <token>` with the server's token (TOWNGRAPH_TOKEN); a server
 * without a token refuses them with MUTATIONS_DISABLED.
 */
export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};

/** The surroundings of a node. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The node at the centre. */
  centre?: Maybe<Node>;
  /** The radius asked for. */
  depth: Scalars['Int']['output'];
  /** The nodes within the radius, the centre included. */
  nodes: Array<Node>;
  /** The relationships among those nodes. */
  relationships: Array<Relationship>;
  /**
   * True when the walk stopped at the server's node or relationship budget: the nearest
   * nodes are kept, and some of the radius is missing.
   */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Something with a global, stable id. Ids are prefixed by label (`place:320412119`,
 * `project:…`, `doc:…`) and derived from what a thing is, so they survive reloads.
 */
export type Node = {
  /** Global, stable id of the node, e.g. `place:320412119` for 嘉泽镇. */
  id: Scalars['ID']['output'];
};

/**
 * The kinds of node in the graph, one per node label. Used to restrict search and
 * listings.
 */
export type NodeKind =
  /** A source document. */
  | 'DOCUMENT'
  /** A company, factory or bank. */
  | 'ENTERPRISE'
  /** An achieved numeric figure. */
  | 'INDICATOR'
  /** A sector named as a focus. */
  | 'INDUSTRY'
  /** A university, hospital, school, court, association or similar body. */
  | 'INSTITUTION'
  /** A named official. */
  | 'PERSON'
  /** An administrative division (province down to village). */
  | 'PLACE'
  /** A strategy, plan, campaign, reform, pilot or branded initiative. */
  | 'PROGRAMME'
  /** An investment or construction project, or a named works. */
  | 'PROJECT'
  /** A forward-looking numeric goal. */
  | 'TARGET'
  /** An industrial park, development zone, science city or similar area. */
  | 'ZONE';

/** Whether a target was met, and the achieved figure that says so. */
export type Outcome = {
  __typename?: 'Outcome';
  /** The achieved figure of the same subject, metric and year; null when none was found. */
  indicator?: Maybe<Indicator>;
  /** Where the achieved figure is stated (the OUTCOME_OF edge's evidence, from the indicator's REPORTS edge), null without an indicator. */
  provenance?: Maybe<Provenance>;
  /** Achieved ÷ target, both in the metric's canonical unit; null without a comparable indicator. */
  ratio?: Maybe<Scalars['Float']['output']>;
  /** Met, missed, partly met, not yet due, or unknown. */
  status: OutcomeStatus;
};

/**
 * Goals against outcomes. Every target and indicator carries a canonical metric key from the
 * metric vocabulary (e.g. `gdp`, `gdp.growth`, `industry.invoiced-sales`), and a target of
 * subject S, metric M and year Y is answered by the indicator S reports with the same M and
 * Y in any document (the OUTCOME_OF relation, from the indicator to the target).
 */
export type OutcomeStatus =
  /** The achieved figure reaches the goal as its qualifier reads (以上, 力争: 100 %; 左右: within 10 %; a range: its lower end; 以内: at or under). */
  | 'MET'
  /** The achieved figure falls short of 80 % of what the goal requires (or exceeds a ceiling). */
  | 'MISSED'
  /** The achieved figure reaches 80 % or more of what the goal requires, but not all of it. */
  | 'PARTIAL'
  /** The goal's year is not over: no document in the graph is dated after it. */
  | 'PENDING'
  /** No achieved figure of the same subject, metric and year was found (or it is in another unit). */
  | 'UNKNOWN';

/** Where a page of a connection stands (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A chain of relationships between two nodes; nodes[i] and nodes[i+1] are linked by relationships[i]. */
export type Path = {
  __typename?: 'Path';
  /** Number of relationships in the path. */
  length: Scalars['Int']['output'];
  /** The nodes along the path, from start to end. */
  nodes: Array<Node>;
  /** The relationships along the path, each with its evidence. */
  relationships: Array<Relationship>;
};

/** A named official. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names the documents use. */
  aliases: Array<Scalars['String']['output']>;
  /** Global id of the person. */
  id: Scalars['ID']['output'];
  /** Name of the person. */
  name: Scalars['String']['output'];
  /** Places the person serves in. */
  places: Array<Place>;
  /** Every mention of the person. */
  provenance: Array<Provenance>;
  /** Relationships of the person (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
  /** Role as the documents state it, e.g. 镇长, 党委书记. */
  role?: Maybe<Scalars['String']['output']>;
};


/** A named official. */
export type PersonPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named official. */
export type PersonProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named official. */
export type PersonRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of people in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** A person in a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters of the people listing. */
export type PersonFilter = {
  /** Only people whose name contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only people serving in this place or a place under it. */
  place?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Other names the documents use, e.g. 嘉泽. */
  aliases: Array<Scalars['String']['output']>;
  /** The chain of places above this one, nearest first. */
  ancestors: Array<Place>;
  /**
   * Codes of the towns of this name, when the gazetteer has several and no document said
   * which one is meant: such a place has no code and no parent until a document names it
   * with its district (or a load passes a place hint). Empty for every other place.
   */
  candidates: Array<Scalars['String']['output']>;
  /** Places directly under this one. */
  children: PlaceConnection;
  /** The city this place lies in; the place itself if it is one. */
  city?: Maybe<Place>;
  /** Official statistical code (12 digits or a prefix), null when the gazetteer has none. */
  code?: Maybe<Scalars['String']['output']>;
  /** The district (or county) this place lies in; the place itself if it is one. */
  district?: Maybe<Place>;
  /** Enterprises located in this place or anywhere under it. */
  enterprises: EnterpriseConnection;
  /** Global id: `place:` + the official statistical code where the gazetteer has one. */
  id: Scalars['ID']['output'];
  /** Achieved figures reported for this place. */
  indicators: IndicatorConnection;
  /** Industries this place focuses on. */
  industries: Array<Industry>;
  /** Institutions located in this place or anywhere under it. */
  institutions: InstitutionConnection;
  /** Level of the division. */
  kind: PlaceKind;
  /** Official name, e.g. 嘉泽镇. */
  name: Scalars['String']['output'];
  /** The place directly above this one. */
  parent?: Maybe<Place>;
  /** Officials serving in this place. */
  people: Array<Person>;
  /** Programmes this place takes part in. */
  programmes: Array<Programme>;
  /** Projects located in this place or anywhere under it (including its zones). */
  projects: Array<Project>;
  /** The same projects as `projects`, paged. */
  projectsConnection: ProjectConnection;
  /** Every mention of the place. */
  provenance: Array<Provenance>;
  /** Relationships of the place (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
  /** Goals set for this place; with `includeUnder`, also those of the places, zones and projects under it. */
  targets: Array<Target>;
  /** The same goals as `targets`, paged. */
  targetsConnection: TargetConnection;
  /** The place's goals and achieved figures for one metric, by year (its own, not those of places under it). */
  timeline: Timeline;
  /** Zones located in this place or anywhere under it. */
  zones: Array<Zone>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PlaceKind>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceIndustriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlacePeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceProgrammesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProjectStatus>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProjectStatus>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnder?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceTargetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnder?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceTimelineArgs = {
  metricKey: Scalars['String']['input'];
};


/**
 * An administrative division: province, city, district, town, village or community.
 * Places form a tree through LOCATED_IN; a place includes everything located under it.
 */
export type PlaceZonesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of places. */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  /** The places of this page with their cursors. */
  edges: Array<PlaceEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of places in the whole listing, all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A place in a page, with its cursor. */
export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The place. */
  node: Place;
};

/** Filters of the place listing; all given filters must hold. */
export type PlaceFilter = {
  /** Only places of this kind. */
  kind?: InputMaybe<PlaceKind>;
  /** Only places whose name or alias contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only this place and places under it (any depth). */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only places taking part in this programme. */
  programme?: InputMaybe<Scalars['ID']['input']>;
};

/** Levels of administrative division. */
export type PlaceKind =
  /** Prefecture-level city (市). */
  | 'CITY'
  /** Urban community (社区). */
  | 'COMMUNITY'
  /** District (区) or county (县). */
  | 'DISTRICT'
  /** Province (省) or province-level municipality. */
  | 'PROVINCE'
  /** Town (镇) or subdistrict (街道). */
  | 'TOWN'
  /** Administrative village (村). */
  | 'VILLAGE';

/** Counts of what a place holds. */
export type PlaceStats = {
  __typename?: 'PlaceStats';
  /**
   * Counts per kind of the entities linked to the place or to a place under it: located
   * there, goals and figures set there, programmes, people and industries; DOCUMENT counts
   * the documents that mention the place or any of those entities.
   */
  counts: Array<KindCount>;
  /** The place. */
  place: Place;
};

/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type Programme = Entity & Node & {
  __typename?: 'Programme';
  /** Other names the documents use. */
  aliases: Array<Scalars['String']['output']>;
  /** Global id of the programme. */
  id: Scalars['ID']['output'];
  /** Level of government that runs it, null when unknown. */
  level?: Maybe<ProgrammeLevel>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Programmes this one is part of. */
  parents: Array<Programme>;
  /** Programmes that are part of this one. */
  parts: Array<Programme>;
  /** Places that take part in the programme. */
  places: Array<Place>;
  /** Projects that are part of the programme. */
  projects: Array<Project>;
  /** Every mention of the programme. */
  provenance: Array<Provenance>;
  /** Relationships of the programme (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
  /** Goals set for the programme. */
  targets: Array<Target>;
};


/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type ProgrammeParentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type ProgrammePartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type ProgrammePlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type ProgrammeProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type ProgrammeProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type ProgrammeRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A strategy, plan, campaign, reform, pilot, talent scheme or branded initiative, e.g. “532”发展战略. */
export type ProgrammeTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of programmes. */
export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  /** The programmes of this page with their cursors. */
  edges: Array<ProgrammeEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of programmes in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** A programme in a page, with its cursor. */
export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: Programme;
};

/** Filters of the programme listing. */
export type ProgrammeFilter = {
  /** Only programmes of this level. */
  level?: InputMaybe<ProgrammeLevel>;
  /** Only programmes whose name or alias contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes that this place, or a place under it, takes part in. */
  place?: InputMaybe<Scalars['ID']['input']>;
};

/** Level of government that runs a programme. */
export type ProgrammeLevel =
  /** City (市级). */
  | 'CITY'
  /** District (区级). */
  | 'DISTRICT'
  /** National (国家级). */
  | 'NATIONAL'
  /** Province (省级). */
  | 'PROVINCE'
  /** Town (镇级). */
  | 'TOWN';

/** An investment or construction project, or a named works. */
export type Project = Entity & Node & {
  __typename?: 'Project';
  /** Other names the documents use. */
  aliases: Array<Scalars['String']['output']>;
  /** The first enterprise that runs or invests in the project. */
  enterprise?: Maybe<Enterprise>;
  /** Every enterprise that runs or invests in the project. */
  enterprises: Array<Enterprise>;
  /** Global id of the project. */
  id: Scalars['ID']['output'];
  /** Total investment in yuan (元), null when unknown. */
  investment?: Maybe<Scalars['Float']['output']>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** The place the project lies in (through its zone when it lies in a zone). */
  place?: Maybe<Place>;
  /** Programmes the project is part of. */
  programmes: Array<Programme>;
  /** Every mention of the project. */
  provenance: Array<Provenance>;
  /** Relationships of the project (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
  /** Latest known stage, null when no document says. */
  status?: Maybe<ProjectStatus>;
  /** Goals set for the project. */
  targets: Array<Target>;
  /** The zone the project lies in, if any. */
  zone?: Maybe<Zone>;
};


/** An investment or construction project, or a named works. */
export type ProjectEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An investment or construction project, or a named works. */
export type ProjectProgrammesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An investment or construction project, or a named works. */
export type ProjectProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An investment or construction project, or a named works. */
export type ProjectRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An investment or construction project, or a named works. */
export type ProjectTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The projects of this page with their cursors. */
  edges: Array<ProjectEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of projects in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** A project in a page, with its cursor. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** Filters of the project listing. */
export type ProjectFilter = {
  /** Only projects run by this enterprise. */
  enterprise?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects whose name or alias contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only projects in this place or under it (including its zones). */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects that are part of this programme. */
  programme?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects at this stage. */
  status?: InputMaybe<ProjectStatus>;
};

/** A project in another town sharing something with a project. */
export type ProjectLink = {
  __typename?: 'ProjectLink';
  /** The shared enterprises, programmes and industries (at most `first`). */
  evidence: Array<LinkEvidence>;
  /** The other project. */
  project: Project;
  /** Number of entities both projects share. */
  strength: Scalars['Int']['output'];
  /** The towns the other project lies in. */
  towns: Array<Place>;
};


/** A project in another town sharing something with a project. */
export type ProjectLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The projects in other towns linked to one project, strongest first. */
export type ProjectLinks = {
  __typename?: 'ProjectLinks';
  /** The strongest links (at most `first`). */
  links: Array<ProjectLink>;
  /** The project asked about. */
  project: Project;
  /** Number of linked projects, listed or not. */
  totalCount: Scalars['Int']['output'];
  /** The towns the project lies in; linked projects lie in none of them. */
  towns: Array<Place>;
  /** True when more projects are linked than listed. */
  truncated: Scalars['Boolean']['output'];
};

/** Stages of a project's life. */
export type ProjectStatus =
  /** Finished or in operation (竣工, 投产). */
  | 'COMPLETED'
  /** Planned or being prepared (计划, 储备). */
  | 'PLANNED'
  /** Contract signed (签约). */
  | 'SIGNED'
  /** Ground broken (开工). */
  | 'STARTED'
  /** Being built (在建). */
  | 'UNDER_CONSTRUCTION';

/**
 * Where a fact comes from: the document, the sentence and the character offsets of the
 * mention in the document's normalised text, the extraction rule and its confidence.
 */
export type Provenance = {
  __typename?: 'Provenance';
  /** Confidence of the rule in this fact, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The document stating the fact (null if it has since been deleted). */
  document?: Maybe<Document>;
  /** Id of that document. */
  documentId: Scalars['ID']['output'];
  /** Offset just after the last character of the mention. */
  end: Scalars['Int']['output'];
  /** Name of the extraction rule, e.g. `project.enumeration`. */
  rule: Scalars['String']['output'];
  /** The sentence stating the fact, as it reads in the normalised text. */
  sentence: Scalars['String']['output'];
  /** Offset of the first character of the mention in the document's normalised text. */
  start: Scalars['Int']['output'];
};

/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type Query = {
  __typename?: 'Query';
  /** The towns under a district or city with their counts of projects, enterprises, programmes, investment, targets and indicators. */
  compareTowns: TownComparison;
  /**
   * Runs a read-only Cypher query (Neo4j only; the embedded store answers NEEDS_NEO4J).
   * Needs the same bearer token as the mutations.
   */
  cypher: CypherResult;
  /** Source documents, filtered and sorted. */
  documents: DocumentConnection;
  /** Enterprises, filtered and sorted. */
  enterprises: EnterpriseConnection;
  /** Achieved figures, filtered and sorted. */
  indicators: IndicatorConnection;
  /** Institutions, filtered and sorted. */
  institutions: InstitutionConnection;
  /** The metric vocabulary with how many targets and indicators use each metric, most used first. */
  metrics: Array<Metric>;
  /** The nodes within `depth` relationships of a node (MENTIONED_IN excluded) and the relationships among them. */
  neighbourhood: Neighbourhood;
  /** The node with this global id, null when there is none. */
  node?: Maybe<Node>;
  /** The nodes with these ids (at most the server's page limit), in the order asked, null where absent. */
  nodes: Array<Maybe<Node>>;
  /** Officials, filtered and sorted. */
  people: PersonConnection;
  /** Places, filtered and sorted. */
  places: PlaceConnection;
  /** Programmes, filtered and sorted. */
  programmes: ProgrammeConnection;
  /** The projects in other towns that share a project's enterprise, programme or industry (of its zone). */
  projectLinks: ProjectLinks;
  /** Projects, filtered and sorted. */
  projects: ProjectConnection;
  /** Every goal a place set for a year, with its outcome; null when there is no such place. */
  scorecard?: Maybe<Scorecard>;
  /**
   * Nodes whose name or alias matches the text, best first: exact name, then exact
   * alias, then prefix, then substring.
   */
  search: Array<SearchHit>;
  /** What two places have in common: programmes, enterprises, industries, zones and their nearest common ancestor. */
  shared: Shared;
  /** Counts of nodes per kind, over the whole graph and per place. */
  stats: Stats;
  /** Forward-looking goals, filtered and sorted. */
  targets: TargetConnection;
  /**
   * The other towns a town is linked to, strongest first: towns holding a programme,
   * enterprise, industry or zone it holds (as `shared` counts them), with the documents
   * stating each side.
   */
  townLinks: TownLinks;
  /** Every town (TOWN place), optionally only those under a place, ordered by name. */
  towns: Array<Place>;
  /**
   * How two nodes are connected: the shortest simple paths between them, shortest first,
   * paths of one length ordered by the ids of their nodes; parallel relationships between
   * two nodes count once. Hubs (a district, a city, a province, an industry with thousands
   * of neighbours) may lie on a path but do not make the search grow with the graph: the
   * shortest paths come from a bidirectional breadth-first search, and longer ones are
   * looked for only among the relationships of nodes strictly within half of `maxHops` of
   * one end (the start's half rounded up, the end's rounded down), so a hub's neighbours
   * are visited only when the hub is that close to an end, and never the graph behind them.
   */
  trace: Array<Path>;
  /** Zones, filtered and sorted. */
  zones: ZoneConnection;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryCompareTownsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  under: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryCypherArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryMetricsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<MetricKind>;
  used?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryProjectLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  project: Scalars['ID']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryScorecardArgs = {
  place: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  text: Scalars['String']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QuerySharedArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryTownLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  town: Scalars['ID']['input'];
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryTownsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  under?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryTraceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


/**
 * Entry points for reading the graph. Listings are Relay cursor connections: pass `first`
 * (at most the server's page limit) and the `endCursor` of one page as `after` for the next.
 */
export type QueryZonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ZoneFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};

/**
 * A fact linking two nodes, as one document states it. The same two nodes may be linked
 * by several relationships of one type when several documents state the fact.
 */
export type Relationship = {
  __typename?: 'Relationship';
  /** The node it points from. */
  from: Node;
  /** Stable key of the relationship (type, ends and document). */
  id: Scalars['ID']['output'];
  /** The evidence: document, sentence, offsets, rule and confidence. */
  provenance?: Maybe<Provenance>;
  /** The role of a person, for SERVES_IN relationships. */
  role?: Maybe<Scalars['String']['output']>;
  /** The node it points to. */
  to: Node;
  /** What the relationship means. */
  type: RelationshipType;
};

/** The kinds of relationship in the graph. */
export type RelationshipType =
  /** Place or Zone → Industry it focuses on. */
  | 'FOCUSES_ON'
  /** Place → Place (village → town → district → city → province); Zone, Project, Enterprise, Institution → Place or Zone. */
  | 'LOCATED_IN'
  /** Any entity → Document that mentions it. */
  | 'MENTIONED_IN'
  /** Project → Enterprise that runs or invests in it. */
  | 'OPERATED_BY'
  /** Indicator → Target it answers: same subject, metric key and year. Computed by the store when documents are loaded, replaced or deleted; its provenance is the indicator's REPORTS evidence. */
  | 'OUTCOME_OF'
  /** Place → Programme it takes part in. */
  | 'PARTICIPATES_IN'
  /** Enterprise, Institution or Place ↔ Enterprise or Institution. */
  | 'PARTNERS_WITH'
  /** Project → Programme; Programme → Programme. */
  | 'PART_OF'
  /** Place or Enterprise → Indicator. */
  | 'REPORTS'
  /** Person → Place (the role is on the evidence). */
  | 'SERVES_IN'
  /** Place, Programme or Project → Target. */
  | 'TARGETS';

/** Every goal a place set for a year, each with its outcome. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** The goals, with a known metric first (by metric key), then by id (at most 500). */
  entries: Array<ScorecardEntry>;
  /** Number of goals met. */
  met: Scalars['Int']['output'];
  /** Number of goals missed. */
  missed: Scalars['Int']['output'];
  /** Number of goals partly met. */
  partial: Scalars['Int']['output'];
  /** Number of goals whose year is not over. */
  pending: Scalars['Int']['output'];
  /** The place. */
  place: Place;
  /** True when the place set more goals for the year than the entries list. */
  truncated: Scalars['Boolean']['output'];
  /** Number of goals without a comparable achieved figure. */
  unknown: Scalars['Int']['output'];
  /** The year of the goals. */
  year: Scalars['Int']['output'];
};

/** One target of a scorecard, with its outcome. */
export type ScorecardEntry = {
  __typename?: 'ScorecardEntry';
  /** What became of it. */
  outcome: Outcome;
  /** The goal. */
  target: Target;
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node found. */
  node: Node;
  /** Relevance; higher is better (exact name > exact alias > prefix > substring). */
  score: Scalars['Float']['output'];
};

/** What two places have in common. */
export type Shared = {
  __typename?: 'Shared';
  /** The first place. */
  a: Place;
  /** The second place. */
  b: Place;
  /** The nearest place both lie under (possibly one of them). */
  commonAncestor?: Maybe<Place>;
  /** Enterprises linked to both: located under both, or partnering with both. */
  enterprises: Array<Enterprise>;
  /** Industries both focus on (directly or through their zones and sub-places). */
  industries: Array<Industry>;
  /** Programmes both take part in (directly or through places under them). */
  programmes: Array<Programme>;
  /** Zones that lie in both. */
  zones: Array<Zone>;
};


/** What two places have in common. */
export type SharedEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What two places have in common. */
export type SharedIndustriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What two places have in common. */
export type SharedProgrammesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What two places have in common. */
export type SharedZonesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort direction. */
export type SortDirection =
  /** Smallest first (A → Z, oldest first). */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/**
 * Fields listings can be sorted by. A field a kind of node does not have sorts as absent
 * (after present values).
 */
export type SortField =
  /** Global id (a stable, arbitrary order). */
  | 'ID'
  /** Investment of a project. */
  | 'INVESTMENT'
  /** Kind of a place. */
  | 'KIND'
  /** Canonical name. */
  | 'NAME'
  /** Publication date of a document. */
  | 'PUBLISHED_AT'
  /** Status of a project. */
  | 'STATUS'
  /** Value of a target or indicator. */
  | 'VALUE'
  /** Year of a target or indicator. */
  | 'YEAR';

/** One sort key of a listing; several keys sort by the first, then the next. */
export type SortInput = {
  /** The direction, ascending by default. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: SortField;
};

/** Counts over the graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Nodes per kind, every kind listed. */
  kinds: Array<KindCount>;
  /** Counts per place, for the places of one kind (towns by default), ordered by name. */
  places: Array<PlaceStats>;
  /** Number of nodes. */
  total: Scalars['Int']['output'];
};


/** Counts over the graph. */
export type StatsPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PlaceKind>;
  under?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A forward-looking numeric goal, e.g. 力争全年完成工业开票销售130亿元 → metric 工业开票销售,
 * value 13000000000, unit 元, qualifier 力争.
 */
export type Target = Entity & Node & {
  __typename?: 'Target';
  /** Other labels. */
  aliases: Array<Scalars['String']['output']>;
  /** True when the value is a change (增长6%), false when it is a level (达到6亿元). */
  change?: Maybe<Scalars['Boolean']['output']>;
  /** True for firm goals (确保, 不低于), false for soft ones (力争, 争取, 左右). */
  hard?: Maybe<Scalars['Boolean']['output']>;
  /** Global id of the goal. */
  id: Scalars['ID']['output'];
  /** What is measured, e.g. 工业开票销售, 地区生产总值. */
  metric?: Maybe<Scalars['String']['output']>;
  /** Key of the metric in the vocabulary (e.g. `gdp.growth`), null when the metric is not one it knows. */
  metricKey?: Maybe<Scalars['String']['output']>;
  /** A short label: the metric and its value as written. */
  name: Scalars['String']['output'];
  /** The canonical unit of the metric. */
  normalisedUnit?: Maybe<Scalars['String']['output']>;
  /** The value in the metric's canonical unit (公顷 → 亩, 万人 → 人); null without a metric key. */
  normalisedValue?: Maybe<Scalars['Float']['output']>;
  /** The upper bound of a range in the canonical unit; null for a single value. */
  normalisedValueMax?: Maybe<Scalars['Float']['output']>;
  /** Whether the goal was met, from the indicator of the same subject, metric and year (the stored OUTCOME_OF edge). */
  outcome?: Maybe<Outcome>;
  /** Every mention of the goal. */
  provenance: Array<Provenance>;
  /** The hedge as written: 力争, 确保, 左右, 以上, 不低于 … */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** Relationships of the goal, with their evidence. */
  relationships: Array<Relationship>;
  /** Who set the goal: a place, a programme or a project. */
  subject?: Maybe<Entity>;
  /** The words of the goal as the document states them. */
  text?: Maybe<Scalars['String']['output']>;
  /** Unit of the value, e.g. 元, 人, %, 个. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value (the lower bound of a range), in base units: 130亿元 → 13000000000. */
  value?: Maybe<Scalars['Float']['output']>;
  /** The upper bound of a range (5000万—1亿元), null for a single value. */
  valueMax?: Maybe<Scalars['Float']['output']>;
  /** Deadline year, resolved from 明年 / 到2025年 against the document's date. */
  year?: Maybe<Scalars['Int']['output']>;
};


/**
 * A forward-looking numeric goal, e.g. 力争全年完成工业开票销售130亿元 → metric 工业开票销售,
 * value 13000000000, unit 元, qualifier 力争.
 */
export type TargetProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A forward-looking numeric goal, e.g. 力争全年完成工业开票销售130亿元 → metric 工业开票销售,
 * value 13000000000, unit 元, qualifier 力争.
 */
export type TargetRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of goals. */
export type TargetConnection = {
  __typename?: 'TargetConnection';
  /** The goals of this page with their cursors. */
  edges: Array<TargetEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of goals in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** A goal in a page, with its cursor. */
export type TargetEdge = {
  __typename?: 'TargetEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The goal. */
  node: Target;
};

/** A place's targets and achieved figures for one metric, by year. */
export type Timeline = {
  __typename?: 'Timeline';
  /** The metric, null when the key is not in the vocabulary. */
  metric?: Maybe<Metric>;
  /** One point per year that has a goal or an achieved figure, oldest first (at most 100 years). */
  points: Array<TimelinePoint>;
};

/** One year of a place's series for one metric. */
export type TimelinePoint = {
  __typename?: 'TimelinePoint';
  /** The achieved figure for that year, in the metric's canonical unit; null when none was reported. */
  achievedValue?: Maybe<Scalars['Float']['output']>;
  /** The achieved figure itself, null when none was reported. */
  indicator?: Maybe<Indicator>;
  /** The goal's outcome; null for a year without a goal. */
  status?: Maybe<OutcomeStatus>;
  /** The goal itself, null when none was set. */
  target?: Maybe<Target>;
  /** The place's goal for that year, in the metric's canonical unit (the lower end of a range); null when none was set. */
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** The towns under a place, side by side. */
export type TownComparison = {
  __typename?: 'TownComparison';
  /** The district or city the towns lie under. */
  place: Place;
  /** One row per town, ordered by name (at most `first`). */
  rows: Array<TownFigures>;
  /** Number of towns under the place, listed or not. */
  totalCount: Scalars['Int']['output'];
  /** True when more towns lie under the place than listed. */
  truncated: Scalars['Boolean']['output'];
  /** The year targets and indicators were counted for; null for all years. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** One town's figures in a comparison. */
export type TownFigures = {
  __typename?: 'TownFigures';
  /** Enterprises located in the town or anywhere under it. */
  enterprises: Scalars['Int']['output'];
  /** Achieved figures reported by the town or what lies under it, for the year asked (all years when none). */
  indicators: Scalars['Int']['output'];
  /** Number of those projects that state an investment. */
  investedProjects: Scalars['Int']['output'];
  /** Sum of the stated investment of those projects, in yuan (元); null when none states one. */
  investment?: Maybe<Scalars['Float']['output']>;
  /** Programmes the town takes part in. */
  programmes: Scalars['Int']['output'];
  /** Projects located in the town or anywhere under it. */
  projects: Scalars['Int']['output'];
  /** Goals set by the town or what lies under it, for the year asked (all years when none). */
  targets: Scalars['Int']['output'];
  /** The town. */
  town: Place;
};

/** Another town linked to a town, with the entities both hold. */
export type TownLink = {
  __typename?: 'TownLink';
  /** Number of distinct documents behind the evidence. */
  documentCount: Scalars['Int']['output'];
  /** The shared entities: programmes, then enterprises, industries and zones, each by name (at most `first`). */
  evidence: Array<LinkEvidence>;
  /** Number of entities both towns hold; links are ranked by it. */
  strength: Scalars['Int']['output'];
  /** The other town. */
  town: Place;
};


/** Another town linked to a town, with the entities both hold. */
export type TownLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The towns linked to one town, strongest first. */
export type TownLinks = {
  __typename?: 'TownLinks';
  /** The strongest links (at most `first`). */
  links: Array<TownLink>;
  /** Number of linked towns, listed or not. */
  totalCount: Scalars['Int']['output'];
  /** The town asked about. */
  town: Place;
  /** True when more towns are linked than listed. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * An industrial park, development zone, science city, culture-tourism town or market
 * area. A zone lies in one or more places.
 */
export type Zone = Entity & Node & {
  __typename?: 'Zone';
  /** Other names the documents use. */
  aliases: Array<Scalars['String']['output']>;
  /** Enterprises located in the zone. */
  enterprises: Array<Enterprise>;
  /** Global id of the zone. */
  id: Scalars['ID']['output'];
  /** Industries the zone focuses on. */
  industries: Array<Industry>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Places the zone lies in. */
  places: Array<Place>;
  /** Projects located in the zone. */
  projects: Array<Project>;
  /** Every mention of the zone. */
  provenance: Array<Provenance>;
  /** Relationships of the zone (MENTIONED_IN excluded), with their evidence. */
  relationships: Array<Relationship>;
};


/**
 * An industrial park, development zone, science city, culture-tourism town or market
 * area. A zone lies in one or more places.
 */
export type ZoneEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industrial park, development zone, science city, culture-tourism town or market
 * area. A zone lies in one or more places.
 */
export type ZoneIndustriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industrial park, development zone, science city, culture-tourism town or market
 * area. A zone lies in one or more places.
 */
export type ZonePlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industrial park, development zone, science city, culture-tourism town or market
 * area. A zone lies in one or more places.
 */
export type ZoneProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industrial park, development zone, science city, culture-tourism town or market
 * area. A zone lies in one or more places.
 */
export type ZoneProvenanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An industrial park, development zone, science city, culture-tourism town or market
 * area. A zone lies in one or more places.
 */
export type ZoneRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of zones. */
export type ZoneConnection = {
  __typename?: 'ZoneConnection';
  /** The zones of this page with their cursors. */
  edges: Array<ZoneEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of zones in the whole listing. */
  totalCount: Scalars['Int']['output'];
};

/** A zone in a page, with its cursor. */
export type ZoneEdge = {
  __typename?: 'ZoneEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The zone. */
  node: Zone;
};

/** Filters of the zone listing. */
export type ZoneFilter = {
  /** Only zones whose name or alias contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only zones in this place or under it. */
  place?: InputMaybe<Scalars['ID']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CypherResult: ResolverTypeWrapper<CypherResultValue>;
  DeleteResult: ResolverTypeWrapper<DeleteResultValue>;
  Direction: Direction;
  Document: ResolverTypeWrapper<StoredNode>;
  DocumentConnection: ResolverTypeWrapper<NodeConnection>;
  DocumentEdge: ResolverTypeWrapper<NodeEdge>;
  DocumentFilter: DocumentFilter;
  DocumentQuality: ResolverTypeWrapper<DocumentQualityValue>;
  Enterprise: ResolverTypeWrapper<StoredNode>;
  EnterpriseConnection: ResolverTypeWrapper<NodeConnection>;
  EnterpriseEdge: ResolverTypeWrapper<NodeEdge>;
  EnterpriseFilter: EnterpriseFilter;
  Entity: ResolverTypeWrapper<StoredNode>;
  EntityConnection: ResolverTypeWrapper<NodeConnection>;
  EntityEdge: ResolverTypeWrapper<NodeEdge>;
  FigureFilter: FigureFilter;
  File: ResolverTypeWrapper<Scalars['File']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<StoredNode>;
  IndicatorConnection: ResolverTypeWrapper<NodeConnection>;
  IndicatorEdge: ResolverTypeWrapper<NodeEdge>;
  Industry: ResolverTypeWrapper<StoredNode>;
  IngestDocumentInput: IngestDocumentInput;
  Institution: ResolverTypeWrapper<StoredNode>;
  InstitutionConnection: ResolverTypeWrapper<NodeConnection>;
  InstitutionEdge: ResolverTypeWrapper<NodeEdge>;
  InstitutionFilter: InstitutionFilter;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KindCount: ResolverTypeWrapper<KindCountValue>;
  LinkEvidence: ResolverTypeWrapper<LinkEvidenceValue>;
  LoadResult: ResolverTypeWrapper<LoadResultValue>;
  LoadStatus: LoadStatus;
  Metric: ResolverTypeWrapper<MetricValue>;
  MetricKind: MetricKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<Subgraph>;
  Node: ResolverTypeWrapper<StoredNode>;
  NodeKind: NodeKind;
  Outcome: ResolverTypeWrapper<OutcomeValue>;
  OutcomeStatus: OutcomeStatus;
  PageInfo: ResolverTypeWrapper<PageInfoValue>;
  Path: ResolverTypeWrapper<GraphPath>;
  Person: ResolverTypeWrapper<StoredNode>;
  PersonConnection: ResolverTypeWrapper<NodeConnection>;
  PersonEdge: ResolverTypeWrapper<NodeEdge>;
  PersonFilter: PersonFilter;
  Place: ResolverTypeWrapper<StoredNode>;
  PlaceConnection: ResolverTypeWrapper<NodeConnection>;
  PlaceEdge: ResolverTypeWrapper<NodeEdge>;
  PlaceFilter: PlaceFilter;
  PlaceKind: PlaceKind;
  PlaceStats: ResolverTypeWrapper<PlaceStatsValue>;
  Programme: ResolverTypeWrapper<StoredNode>;
  ProgrammeConnection: ResolverTypeWrapper<NodeConnection>;
  ProgrammeEdge: ResolverTypeWrapper<NodeEdge>;
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeLevel: ProgrammeLevel;
  Project: ResolverTypeWrapper<StoredNode>;
  ProjectConnection: ResolverTypeWrapper<NodeConnection>;
  ProjectEdge: ResolverTypeWrapper<NodeEdge>;
  ProjectFilter: ProjectFilter;
  ProjectLink: ResolverTypeWrapper<ProjectLinkValue>;
  ProjectLinks: ResolverTypeWrapper<ProjectLinksValue>;
  ProjectStatus: ProjectStatus;
  Provenance: ResolverTypeWrapper<ProvenanceValue>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relationship: ResolverTypeWrapper<StoredRelationship>;
  RelationshipType: RelationshipType;
  Scorecard: ResolverTypeWrapper<ScorecardValue>;
  ScorecardEntry: ResolverTypeWrapper<ScorecardEntryValue>;
  SearchHit: ResolverTypeWrapper<SearchHitValue>;
  Shared: ResolverTypeWrapper<SharedValue>;
  SortDirection: SortDirection;
  SortField: SortField;
  SortInput: SortInput;
  Stats: ResolverTypeWrapper<StatsRoot>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Target: ResolverTypeWrapper<StoredNode>;
  TargetConnection: ResolverTypeWrapper<NodeConnection>;
  TargetEdge: ResolverTypeWrapper<NodeEdge>;
  Timeline: ResolverTypeWrapper<TimelineValue>;
  TimelinePoint: ResolverTypeWrapper<TimelinePointValue>;
  TownComparison: ResolverTypeWrapper<TownComparisonValue>;
  TownFigures: ResolverTypeWrapper<TownFiguresValue>;
  TownLink: ResolverTypeWrapper<TownLinkValue>;
  TownLinks: ResolverTypeWrapper<TownLinksValue>;
  Zone: ResolverTypeWrapper<StoredNode>;
  ZoneConnection: ResolverTypeWrapper<NodeConnection>;
  ZoneEdge: ResolverTypeWrapper<NodeEdge>;
  ZoneFilter: ZoneFilter;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  CypherResult: CypherResultValue;
  DeleteResult: DeleteResultValue;
  Document: StoredNode;
  DocumentConnection: NodeConnection;
  DocumentEdge: NodeEdge;
  DocumentFilter: DocumentFilter;
  DocumentQuality: DocumentQualityValue;
  Enterprise: StoredNode;
  EnterpriseConnection: NodeConnection;
  EnterpriseEdge: NodeEdge;
  EnterpriseFilter: EnterpriseFilter;
  Entity: StoredNode;
  EntityConnection: NodeConnection;
  EntityEdge: NodeEdge;
  FigureFilter: FigureFilter;
  File: Scalars['File']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Indicator: StoredNode;
  IndicatorConnection: NodeConnection;
  IndicatorEdge: NodeEdge;
  Industry: StoredNode;
  IngestDocumentInput: IngestDocumentInput;
  Institution: StoredNode;
  InstitutionConnection: NodeConnection;
  InstitutionEdge: NodeEdge;
  InstitutionFilter: InstitutionFilter;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  KindCount: KindCountValue;
  LinkEvidence: LinkEvidenceValue;
  LoadResult: LoadResultValue;
  Metric: MetricValue;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: Subgraph;
  Node: StoredNode;
  Outcome: OutcomeValue;
  PageInfo: PageInfoValue;
  Path: GraphPath;
  Person: StoredNode;
  PersonConnection: NodeConnection;
  PersonEdge: NodeEdge;
  PersonFilter: PersonFilter;
  Place: StoredNode;
  PlaceConnection: NodeConnection;
  PlaceEdge: NodeEdge;
  PlaceFilter: PlaceFilter;
  PlaceStats: PlaceStatsValue;
  Programme: StoredNode;
  ProgrammeConnection: NodeConnection;
  ProgrammeEdge: NodeEdge;
  ProgrammeFilter: ProgrammeFilter;
  Project: StoredNode;
  ProjectConnection: NodeConnection;
  ProjectEdge: NodeEdge;
  ProjectFilter: ProjectFilter;
  ProjectLink: ProjectLinkValue;
  ProjectLinks: ProjectLinksValue;
  Provenance: ProvenanceValue;
  Query: Record<PropertyKey, never>;
  Relationship: StoredRelationship;
  Scorecard: ScorecardValue;
  ScorecardEntry: ScorecardEntryValue;
  SearchHit: SearchHitValue;
  Shared: SharedValue;
  SortInput: SortInput;
  Stats: StatsRoot;
  String: Scalars['String']['output'];
  Target: StoredNode;
  TargetConnection: NodeConnection;
  TargetEdge: NodeEdge;
  Timeline: TimelineValue;
  TimelinePoint: TimelinePointValue;
  TownComparison: TownComparisonValue;
  TownFigures: TownFiguresValue;
  TownLink: TownLinkValue;
  TownLinks: TownLinksValue;
  Zone: StoredNode;
  ZoneConnection: NodeConnection;
  ZoneEdge: NodeEdge;
  ZoneFilter: ZoneFilter;
};

export type CypherResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CypherResult'] = ResolversParentTypes['CypherResult']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<DocumentEntitiesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quality?: Resolver<ResolversTypes['DocumentQuality'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentQualityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentQuality'] = ResolversParentTypes['DocumentQuality']> = {
  flags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  restored?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  spam?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<EnterpriseIndicatorsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<EnterprisePartnersArgs>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<EnterpriseProjectsArgs>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<EnterpriseProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EnterpriseRelationshipsArgs, 'direction'>>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnterpriseConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnterpriseEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Enterprise' | 'Indicator' | 'Industry' | 'Institution' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Target' | 'Zone', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export interface FileScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['File'], any> {
  name: 'File';
}

export type IndicatorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metricKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalisedUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  normalisedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<IndicatorProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<IndicatorRelationshipsArgs, 'direction'>>;
  subject?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<IndustryPlacesArgs>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<IndustryProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<IndustryRelationshipsArgs, 'direction'>>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType, Partial<IndustryZonesArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<InstitutionPartnersArgs>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<InstitutionProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<InstitutionRelationshipsArgs, 'direction'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstitutionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KindCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type LinkEvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkEvidence'] = ResolversParentTypes['LinkEvidence']> = {
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<LinkEvidenceDocumentsArgs, 'first'>>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<LinkEvidenceRelationshipsArgs, 'first'>>;
};

export type LoadResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LoadResult'] = ResolversParentTypes['LoadResult']> = {
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replaced?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reread?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoadStatus'], ParentType, ContextType>;
};

export type MetricResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric']> = {
  indicatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MetricKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteDocument?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteDocumentArgs, 'id'>>;
  ingestDocument?: Resolver<ResolversTypes['LoadResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
};

export type NeighbourhoodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  centre?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Document' | 'Enterprise' | 'Indicator' | 'Industry' | 'Institution' | 'Person' | 'Place' | 'Programme' | 'Project' | 'Target' | 'Zone', ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutcomeStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<PersonPlacesArgs>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<PersonProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PersonRelationshipsArgs, 'direction'>>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, Partial<PlaceChildrenArgs>>;
  city?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, Partial<PlaceEnterprisesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<PlaceIndicatorsArgs>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<PlaceIndustriesArgs>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, Partial<PlaceInstitutionsArgs>>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<PlacePeopleArgs>>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType, Partial<PlaceProgrammesArgs>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<PlaceProjectsArgs>>;
  projectsConnection?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<PlaceProjectsConnectionArgs>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<PlaceProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PlaceRelationshipsArgs, 'direction'>>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, RequireFields<PlaceTargetsArgs, 'includeUnder'>>;
  targetsConnection?: Resolver<ResolversTypes['TargetConnection'], ParentType, ContextType, RequireFields<PlaceTargetsConnectionArgs, 'includeUnder'>>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType, RequireFields<PlaceTimelineArgs, 'metricKey'>>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType, Partial<PlaceZonesArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlaceStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceStats'] = ResolversParentTypes['PlaceStats']> = {
  counts?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['ProgrammeLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType, Partial<ProgrammeParentsArgs>>;
  parts?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType, Partial<ProgrammePartsArgs>>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<ProgrammePlacesArgs>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<ProgrammeProjectsArgs>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<ProgrammeProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ProgrammeRelationshipsArgs, 'direction'>>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<ProgrammeTargetsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, Partial<ProjectEnterprisesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType, Partial<ProjectProgrammesArgs>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<ProjectProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ProjectRelationshipsArgs, 'direction'>>;
  status?: Resolver<Maybe<ResolversTypes['ProjectStatus']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<ProjectTargetsArgs>>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProjectLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectLink'] = ResolversParentTypes['ProjectLink']> = {
  evidence?: Resolver<Array<ResolversTypes['LinkEvidence']>, ParentType, ContextType, RequireFields<ProjectLinkEvidenceArgs, 'first'>>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  towns?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
};

export type ProjectLinksResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectLinks'] = ResolversParentTypes['ProjectLinks']> = {
  links?: Resolver<Array<ResolversTypes['ProjectLink']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  towns?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  compareTowns?: Resolver<ResolversTypes['TownComparison'], ParentType, ContextType, RequireFields<QueryCompareTownsArgs, 'first' | 'under'>>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'limit' | 'query'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, Partial<QueryDocumentsArgs>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, Partial<QueryEnterprisesArgs>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, Partial<QueryInstitutionsArgs>>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType, RequireFields<QueryMetricsArgs, 'used'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QueryPeopleArgs>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, Partial<QueryPlacesArgs>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<QueryProgrammesArgs>>;
  projectLinks?: Resolver<ResolversTypes['ProjectLinks'], ParentType, ContextType, RequireFields<QueryProjectLinksArgs, 'first' | 'project'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  scorecard?: Resolver<Maybe<ResolversTypes['Scorecard']>, ParentType, ContextType, RequireFields<QueryScorecardArgs, 'place' | 'year'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shared?: Resolver<ResolversTypes['Shared'], ParentType, ContextType, RequireFields<QuerySharedArgs, 'a' | 'b'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  targets?: Resolver<ResolversTypes['TargetConnection'], ParentType, ContextType, Partial<QueryTargetsArgs>>;
  townLinks?: Resolver<ResolversTypes['TownLinks'], ParentType, ContextType, RequireFields<QueryTownLinksArgs, 'first' | 'town'>>;
  towns?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryTownsArgs>>;
  trace?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryTraceArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  zones?: Resolver<ResolversTypes['ZoneConnection'], ParentType, ContextType, Partial<QueryZonesArgs>>;
};

export type RelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type ScorecardResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Scorecard'] = ResolversParentTypes['Scorecard']> = {
  entries?: Resolver<Array<ResolversTypes['ScorecardEntry']>, ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScorecardEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScorecardEntry'] = ResolversParentTypes['ScorecardEntry']> = {
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Shared'] = ResolversParentTypes['Shared']> = {
  a?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  commonAncestor?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, Partial<SharedEnterprisesArgs>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<SharedIndustriesArgs>>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType, Partial<SharedProgrammesArgs>>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType, Partial<SharedZonesArgs>>;
};

export type StatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  kinds?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['PlaceStats']>, ParentType, ContextType, RequireFields<StatsPlacesArgs, 'kind'>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hard?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metricKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalisedUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  normalisedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  normalisedValueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<TargetProvenanceArgs>>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<TargetRelationshipsArgs, 'direction'>>;
  subject?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TargetConnection'] = ResolversParentTypes['TargetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TargetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TargetEdge'] = ResolversParentTypes['TargetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type TimelineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['TimelinePoint']>, ParentType, ContextType>;
};

export type TimelinePointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelinePoint'] = ResolversParentTypes['TimelinePoint']> = {
  achievedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OutcomeStatus']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Target']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownComparisonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TownComparison'] = ResolversParentTypes['TownComparison']> = {
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TownFigures']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TownFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TownFigures'] = ResolversParentTypes['TownFigures']> = {
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  investedProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  investment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type TownLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TownLink'] = ResolversParentTypes['TownLink']> = {
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['LinkEvidence']>, ParentType, ContextType, RequireFields<TownLinkEvidenceArgs, 'first'>>;
  strength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type TownLinksResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TownLinks'] = ResolversParentTypes['TownLinks']> = {
  links?: Resolver<Array<ResolversTypes['TownLink']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ZoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, Partial<ZoneEnterprisesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, Partial<ZoneIndustriesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<ZonePlacesArgs>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<ZoneProjectsArgs>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType, Partial<ZoneProvenanceArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ZoneRelationshipsArgs, 'direction'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ZoneConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ZoneConnection'] = ResolversParentTypes['ZoneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ZoneEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ZoneEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ZoneEdge'] = ResolversParentTypes['ZoneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  CypherResult?: CypherResultResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentQuality?: DocumentQualityResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  File?: GraphQLScalarType;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KindCount?: KindCountResolvers<ContextType>;
  LinkEvidence?: LinkEvidenceResolvers<ContextType>;
  LoadResult?: LoadResultResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlaceStats?: PlaceStatsResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectLink?: ProjectLinkResolvers<ContextType>;
  ProjectLinks?: ProjectLinksResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  Scorecard?: ScorecardResolvers<ContextType>;
  ScorecardEntry?: ScorecardEntryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Shared?: SharedResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetConnection?: TargetConnectionResolvers<ContextType>;
  TargetEdge?: TargetEdgeResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  TimelinePoint?: TimelinePointResolvers<ContextType>;
  TownComparison?: TownComparisonResolvers<ContextType>;
  TownFigures?: TownFiguresResolvers<ContextType>;
  TownLink?: TownLinkResolvers<ContextType>;
  TownLinks?: TownLinksResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
  ZoneConnection?: ZoneConnectionResolvers<ContextType>;
  ZoneEdge?: ZoneEdgeResolvers<ContextType>;
};

