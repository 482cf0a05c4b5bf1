import type { EntityLabel, Properties } from '../../schema/model';
import type { EntityMention, Sentence } from '../types';
import type { NameSpan } from './name-scan';

/** Local handle of an entity within one document; resolve turns it into an id. */
export function entityKey(label: EntityLabel, name: string): string {
  return `${label}:${name}`;
}

export interface MentionOptions {
  label: EntityLabel;
  sentence: Sentence;
  /** Offsets local to the sentence. */
  span: NameSpan;
  rule: string;
  confidence: number;
  /** Name to record when it differs from the text of the span (a full name for a short one). */
  name?: string;
  aliases?: string[];
  properties?: Properties;
}

/** An entity mention with document offsets and provenance. */
export function entityMention(options: MentionOptions): EntityMention {
  const name = options.name ?? options.span.name;
  return {
    key: entityKey(options.label, name),
    label: options.label,
    name,
    aliases: options.aliases ?? [],
    properties: options.properties ?? {},
    span: {
      sentenceIndex: options.sentence.index,
      start: options.sentence.start + options.span.start,
      end: options.sentence.start + options.span.end,
    },
    rule: options.rule,
    confidence: options.confidence,
  };
}

/** The same entity under another name, the name it was written with kept as an alias. */
export function renamedMention(mention: EntityMention, name: string): EntityMention {
  return {
    ...mention,
    key: entityKey(mention.label, name),
    name,
    aliases: [...new Set([...mention.aliases, mention.name])],
  };
}

const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/;

/** The clause (between commas, semicolons, full stops) around a sentence-local offset. */
export function clauseAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] ?? '')) start -= 1;
  let end = offset;
  while (end < text.length && !CLAUSE_BREAK.test(text[end] ?? '')) end += 1;
  return { start, end };
}

/** Sentence-local span of a mention. */
export function localSpan(mention: EntityMention, sentence: Sentence): { start: number; end: number } {
  return { start: mention.span.start - sentence.start, end: mention.span.end - sentence.start };
}

/** Names must not carry clause punctuation or be absurdly short or long. */
export function isPlausibleName(name: string, bounds: { min: number; max: number }): boolean {
  const plain = name.replace(/[“”‘’"]/g, '');
  if (plain.length < bounds.min || plain.length > bounds.max) return false;
  // Amounts, counts and relative clauses are descriptions: 1亿——3亿元, 超1万家, 约140亩的商务楼宇.
  if (
    /^(?:[\d.]|[超约近逾][\d.一二三四五六七八九十百千万两])/.test(plain) ||
    /的|——|各项|各类|[\d.]+[亿万](元|美元|人|家|个)|\d+[人家个项所座件名]|创成|荣获|入驻|获评|入选/.test(
      plain,
    )
  )
    return false;
  return !/[，,。；;：:！？!?、\s《》【】丨|]/.test(name.replace(/“[^”]*”/g, (q) => q.replace(/\s/g, '')));
}
