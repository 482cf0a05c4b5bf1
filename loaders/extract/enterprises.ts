import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { LEGAL_FORMS, shortNames } from './enterprise-names';
import { findEnumerations } from './name-enumeration';
import { entityMention, isPlausibleName } from './name-mention';
import { scanSuffixNames, type NameSpan } from './name-scan';

const SUFFIXES = [...LEGAL_FORMS, '银行', '厂'];
/** 厂 and 公司 must end a word: 工厂, 公司化 are not company names. */
const WORD_FINAL = new Set(['厂', '公司', '集团']);

function isEnterpriseName(name: string): boolean {
  if (!isPlausibleName(name, { min: 4, max: 30 })) return false;
  // 5G工厂, 绿色工厂, 强村公司 in quotes: titles and concepts, not companies.
  // Water and sewage works are public facilities (projects), not enterprises.
  return !/工厂$/.test(name) && !/^“[^”]*”(公司)?$/.test(name) && !/(净水|污水处理|污水|自来水|水)厂$/.test(name);
}

/**
 * Suffix rule: registered names ending in a legal form, 银行 or 厂.
 * Example: 6月23日，鹏辰新材料科技股份有限公司与中国工商银行签订战略合作协议。
 */
function suffixMentions(sentence: Sentence): EntityMention[] {
  return scanSuffixNames(sentence.text, { suffixes: SUFFIXES, maxLength: 30, wordFinal: WORD_FINAL })
    .filter((span) => isEnterpriseName(span.name))
    .map((span) =>
      entityMention({ label: 'Enterprise', sentence, span, rule: 'enterprise.suffix', confidence: 0.85, aliases: shortNames(span.name) }),
    );
}

/**
 * List rule: items before 等…企业 are enterprises, usually by their short names.
 * Example: 华立液压、康进医疗等14家企业完成贯标。
 */
function listMentions(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  for (const list of findEnumerations(sentence.text)) {
    if (list.label !== 'Enterprise') continue;
    for (const item of list.items) {
      if (!isPlausibleName(item.name, { min: 2, max: 30 }) || item.name.startsWith('“')) continue;
      found.push(entityMention({ label: 'Enterprise', sentence, span: item, rule: `enterprise.${list.rule}`, confidence: 0.7 }));
    }
  }
  return found;
}

/**
 * Short-name rule: after its full name, an enterprise is called by a short one; each later
 * occurrence of that short name, and each other occurrence of a name already found, is a
 * mention of the same enterprise.
 * Example: 常州华星光学科技有限公司落户园区。华星光学当年即投产。
 */
function shortNameMentions(ctx: DocumentContext, known: readonly EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  const seen = new Set(known.map((m) => `${m.span.start}`));
  const firsts = new Map<string, EntityMention>();
  for (const mention of known) if (!firsts.has(mention.name)) firsts.set(mention.name, mention);
  for (const mention of firsts.values()) {
    const forms = [mention.name, ...mention.aliases].filter((a) => a.length >= 3);
    for (const short of forms) {
      for (const sentence of ctx.doc.sentences) {
        if (sentence.end <= mention.span.end && short !== mention.name) continue;
        for (let at = sentence.text.indexOf(short); at >= 0; at = sentence.text.indexOf(short, at + short.length)) {
          const start = sentence.start + at;
          const inside = known.some((f) => f.span.start < start + short.length && start < f.span.end);
          if (inside || seen.has(`${start}`)) continue;
          seen.add(`${start}`);
          const span: NameSpan = { name: short, start: at, end: at + short.length };
          found.push(entityMention({ label: 'Enterprise', sentence, span, name: mention.name, aliases: [short], rule: 'enterprise.short-name', confidence: 0.7 }));
        }
      }
    }
  }
  return found;
}

/** Enterprises: companies, factories and banks, with their short names as aliases of the full one. */
export function extractEnterprises(ctx: DocumentContext): ExtractedFacts {
  const full: EntityMention[] = [];
  const listed: EntityMention[] = [];
  for (const sentence of ctx.doc.sentences) {
    full.push(...suffixMentions(sentence));
    listed.push(...listMentions(sentence).filter((l) => !full.some((f) => f.span.start < l.span.end && l.span.start < f.span.end)));
  }
  const known = [...full, ...listed];
  return { entities: [...known, ...shortNameMentions(ctx, known)], relations: [] };
}
