import type { CorpusLexicon } from './corpus/lexicon';
import type { EntityLabel, Properties, RelationshipType } from '../schema/model';

/** What a caller hands the loaders: raw bytes plus whatever metadata it knows. */
export interface DocumentInput {
  /** Name used in errors and as the default source: a path, a URL, an upload name. */
  name: string;
  bytes: Uint8Array;
  /** Stable identity of the origin (path or URL); a new version of a source replaces the old. */
  source?: string;
  title?: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD); used to resolve 今年/明年. */
  publishedAt?: string;
  /** Primary place and its district and city, when the caller knows them (the seed manifest does). */
  place?: string;
  district?: string;
  city?: string;
  /** 'html' or 'text'; detected from the name and content when absent. */
  format?: 'html' | 'text';
}

export interface Sentence {
  index: number;
  text: string;
  /** Offsets into ReadDocument.text. */
  start: number;
  end: number;
  /** Which part of a report the sentence stands in: looking back, planning ahead, or neither. */
  section: 'review' | 'plan' | 'other';
}

export interface QualityReport {
  /** e.g. 'SPAM_INJECTED', 'NAME_RESTORED', 'TRADITIONAL_CONVERTED', 'HTML', 'BOILERPLATE_REMOVED' */
  flags: string[];
  /** The injected strings that were found (and removed or replaced). */
  spam: string[];
  /** Names put back where spam had replaced them. */
  restored: { injected: string; restored: string }[];
  encoding: string;
}

/** Output of loaders/read: clean, simplified text split into sentences. */
export interface ReadDocument {
  id: string;
  name: string;
  source: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  /** Normalised text: decoded, boilerplate and spam removed, simplified Chinese. */
  text: string;
  sentences: Sentence[];
  quality: QualityReport;
  hints: { place?: string; district?: string; city?: string };
}

/** Where a mention stands: a sentence and character offsets into ReadDocument.text. */
export interface Span {
  sentenceIndex: number;
  start: number;
  end: number;
}

/**
 * An entity found by an extractor, before ids are assigned. `key` is a local handle
 * (`Project:嘉兴路改造工程`) that relation mentions use to refer to it.
 */
export interface EntityMention {
  key: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  properties: Properties;
  span: Span;
  rule: string;
  confidence: number;
  /** Places already resolved against the gazetteer carry their final id. */
  resolvedId?: string;
}

export interface RelationMention {
  type: RelationshipType;
  fromKey: string;
  toKey: string;
  properties: Properties;
  span: Span;
  rule: string;
  confidence: number;
}

export interface ExtractedFacts {
  entities: EntityMention[];
  relations: RelationMention[];
}

/**
 * The places of one document, resolved against the gazetteer. Built first, so that the
 * other extractors can attach what they find to a place (the primary place by default).
 */
export interface PlaceContext {
  /** The place the document is about (a town, or a district for district reports). */
  primary: EntityMention | null;
  district: EntityMention | null;
  city: EntityMention | null;
  /** Every place mention in the document, resolved (resolvedId set). */
  places: EntityMention[];
  /** The resolved place a name refers to in this document ('嘉泽' → 嘉泽镇), or null. */
  lookup(name: string): EntityMention | null;
}

export interface DocumentContext {
  doc: ReadDocument;
  places: PlaceContext;
  /** Year of publication, for 今年 / 明年 / 去年; null when the date is unknown. */
  referenceYear: number | null;
  /** Names learnt from the rest of the corpus (loaders/corpus); absent for a document read alone. */
  lexicon?: CorpusLexicon;
}

/** A document not yet read: opening it may fail (missing file, no permission) like reading it. */
export interface DocumentSource {
  name: string;
  open(): Promise<DocumentInput>;
}
