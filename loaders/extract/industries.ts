import type {
  DocumentContext,
  EntityMention,
  ExtractedFacts,
  RelationMention,
  Sentence,
  Span,
} from '../types';
import { clauseAround } from './target-clause';
import { FOCUS_CUES, GENERIC_QUALIFIERS, INDUSTRY_WORDS, LEADING_VERBS } from './industry-lexicon';
import { alternation } from './number-units';

const LEXICON = new RegExp(alternation(INDUSTRY_WORDS), 'g');
/** X产业 / X产业链 / X产业集群, but not X产业园 (a zone) nor 产业融合 (a process). */
const SECTOR =
  /([\u4e00-\u9fa5]{2,12})产业(?:链|集群|赛道)?(?!园|基地|区|示范|融合|项目|大会|研究|学院|基金|化|工人|政策)/g;

interface IndustryMatch {
  name: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

/**
 * Industries a place focuses on, and the FOCUSES_ON link from the place. Rules:
 * - industry.focus-lexicon: a generic industry word in a sentence with a focus verb.
 *   Example: "超前布局合成生物、氢能等一批前沿产业" → 合成生物, 氢能.
 * - industry.sector-noun: the X of "X产业" when X is not a generic qualifier.
 *   Example: "扎实推动花木产业转型升级" → 花木.
 */
export function extractIndustries(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  const relations: RelationMention[] = [];
  const linked = new Set<string>();
  for (const sentence of ctx.doc.sentences) {
    for (const m of industryMatches(sentence.text)) {
      const span: Span = {
        sentenceIndex: sentence.index,
        start: sentence.start + m.start,
        end: sentence.start + m.end,
      };
      const key = `Industry:${m.name}`;
      entities.push({
        key,
        label: 'Industry',
        name: m.name,
        aliases: [],
        properties: {},
        span,
        rule: m.rule,
        confidence: m.confidence,
      });
      const from = focusOwner(ctx, sentence, m.start);
      if (!from || linked.has(`${from}>${key}`)) continue;
      linked.add(`${from}>${key}`);
      relations.push({
        type: 'FOCUSES_ON',
        fromKey: from,
        toKey: key,
        properties: {},
        span,
        rule: m.rule,
        confidence: m.confidence,
      });
    }
  }
  return { entities, relations };
}

/** Industry names in one sentence, offsets into it, without overlaps. */
export function industryMatches(text: string): IndustryMatch[] {
  const found: IndustryMatch[] = [];
  if (FOCUS_CUES.test(text)) {
    for (const m of text.matchAll(LEXICON)) {
      found.push({
        name: m[0],
        start: m.index,
        end: m.index + m[0].length,
        rule: 'industry.focus-lexicon',
        confidence: 0.75,
      });
    }
  }
  // SECTOR tries a run of up to 12 characters at every position: only where 产业 stands.
  for (const m of text.includes('产业') ? text.matchAll(SECTOR) : []) {
    const run = m[1] ?? '';
    const stem = run.replace(LEADING_VERBS, '');
    const known = INDUSTRY_WORDS.find((w) => stem.endsWith(w));
    // An unknown X needs a verb right before it (推动花木产业): X is then the verb's object.
    const name =
      known ??
      (stem !== run && stem.length <= 4 && !/[的在是该了和与及等一二三四五六七八九十]/.test(stem)
        ? stem
        : null);
    if (!name || name.length < 2 || GENERIC_QUALIFIERS.test(name)) continue;
    const start = m.index + run.length - name.length;
    found.push({
      name,
      start,
      end: start + name.length,
      rule: 'industry.sector-noun',
      confidence: known ? 0.8 : 0.6,
    });
  }
  const kept: IndustryMatch[] = [];
  for (const m of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/** The place under the document's own place named earlier in the clause, else the primary place. */
function focusOwner(ctx: DocumentContext, sentence: Sentence, at: number): string | null {
  const clause = clauseAround(sentence.text, at);
  const primary = ctx.places.primary;
  const home = primary?.properties.code;
  const local = ctx.places.places.filter(
    (p) =>
      p.rule !== 'place.ancestor' &&
      p.span.sentenceIndex === sentence.index &&
      p.span.start >= sentence.start + clause.start &&
      p.span.end <= sentence.start + at &&
      typeof home === 'string' &&
      typeof p.properties.code === 'string' &&
      p.properties.code.startsWith(home),
  );
  return local[local.length - 1]?.key ?? primary?.key ?? null;
}
