import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { findEnumerations } from './name-enumeration';
import { entityMention, isPlausibleName } from './name-mention';
import { scanSuffixNames } from './name-scan';
import { tokenize } from './name-segment';

const SUFFIXES = [
  '大学',
  '学院',
  '医院',
  '学校',
  '中学',
  '小学',
  '初中',
  '高中',
  '幼儿园',
  '法院',
  '法庭',
  '派出所',
  '司法所',
  '协会',
  '商会',
  '研究院',
  '研究所',
  '中心',
  '卫生室',
  '卫生院',
  '养老院',
  '敬老院',
  '校区',
  '图书馆',
  '博物馆',
  '学堂',
];
const WORD_FINAL = new Set(['中心', '学院', '大学', '中学', '小学', '初中', '高中']);

/** Names whose head is this broad need a proper name in front: 平望集成指挥中心, not 综合治理服务中心. */
const BROAD = /(中心|学校|学院)$/;

function isInstitutionName(name: string, placeNames: readonly string[]): boolean {
  if (!isPlausibleName(name, { min: 4, max: 28 })) return false;
  if (/^(省|市|区|镇|县)?(级|属)?(一级|二级|三级|三甲|示范|绿色|先进|重点|试点)/.test(name)) return false;
  if (!BROAD.test(name)) return true;
  return (
    placeNames.some((p) => name.includes(p)) ||
    tokenize(name).some((t) => ['ns', 'nr', 'nz', 'nt'].includes(t.tag))
  );
}

/**
 * Suffix rule: universities, hospitals, schools, courts, police stations, associations.
 * Example: 与常州市公安局武进分局嘉泽派出所等单位实现党建共建签约。
 */
function suffixMentions(sentence: Sentence, placeNames: readonly string[]): EntityMention[] {
  return scanSuffixNames(sentence.text, {
    suffixes: SUFFIXES,
    maxLength: 28,
    wordFinal: WORD_FINAL,
    verbsEnd: true,
  })
    .filter((span) => isInstitutionName(span.name, placeNames))
    .map((span) => {
      // 仙潭小学新校区 is a campus of 仙潭小学: the school is the institution.
      const school = /^(.+(?:小学|中学|学校|大学|学院))新?校区$/.exec(span.name)?.[1];
      const name = school ?? span.name;
      const aliases = school ? [span.name] : [];
      return entityMention({
        label: 'Institution',
        sentence,
        span,
        name,
        aliases,
        rule: 'institution.suffix',
        confidence: 0.8,
      });
    });
}

/**
 * Short forms of universities count only where the list says what they are.
 * Example: 进一步深化与南大、南医大、常大等院所合作。
 */
function listMentions(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  for (const list of findEnumerations(sentence.text)) {
    if (list.label !== 'Institution') continue;
    for (const item of list.items) {
      if (!isPlausibleName(item.name, { min: 2, max: 28 })) continue;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: item,
          rule: `institution.${list.rule}`,
          confidence: 0.7,
        }),
      );
    }
  }
  return found;
}

/** A government named as an actor: the place, then 人民政府 or 政府 (not 政府工作报告, 政府投资). */
const GOVERNMENT = /^(人民政府|政府)(?!工作|投资|性|债|采购|引导|补贴|办公|部门|和社会)/;

/**
 * Government rule: a place followed by its government is a public body.
 * Example: 我代表柳溪镇人民政府向大会报告工作。
 */
function governments(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  for (const place of ctx.places.places) {
    if (place.span.sentenceIndex !== sentence.index) continue;
    const end = place.span.end - sentence.start;
    // Ancestors share their child's span: only the place actually written there counts.
    const written = sentence.text.slice(place.span.start - sentence.start, end);
    if (written !== place.name && !place.aliases.includes(written)) continue;
    const head = GOVERNMENT.exec(sentence.text.slice(end));
    if (!head) continue;
    const start = place.span.start - sentence.start;
    const name = sentence.text.slice(start, end + (head[1] ?? '').length);
    const full = `${place.name}人民政府`;
    found.push(
      entityMention({
        label: 'Institution',
        sentence,
        span: { name, start, end: end + (head[1] ?? '').length },
        name: full,
        aliases: name === full ? [] : [name],
        rule: 'institution.government',
        confidence: 0.75,
      }),
    );
  }
  return found;
}

/** Institutions: public bodies, schools, hospitals, courts, police stations, associations. */
export function extractInstitutions(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  const placeNames = [...new Set(ctx.places.places.flatMap((p) => [p.name, ...p.aliases]))].filter(
    (n) => n.length >= 2,
  );
  for (const sentence of ctx.doc.sentences) {
    const suffixed = suffixMentions(sentence, placeNames);
    const listed = listMentions(sentence).filter(
      (l) => !suffixed.some((s) => s.span.start < l.span.end && l.span.start < s.span.end),
    );
    const governed = governments(ctx, sentence).filter(
      (g) => ![...suffixed, ...listed].some((s) => s.span.start < g.span.end && g.span.start < s.span.end),
    );
    entities.push(...suffixed, ...listed, ...governed);
  }
  return { entities, relations: [] };
}
