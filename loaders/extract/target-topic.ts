import type { EntityMention, Sentence } from '../types';
import type { KnownNames, Occurrence } from './target-names';

/**
 * The company or project a sentence is about, which owns the figures of its later
 * clauses that name no owner of their own:
 * - a name that opens the sentence as its subject:
 *   "青禾农业获评市级龙头企业，种植蓝莓800亩，带动就业120人" → 青禾农业;
 * - 该公司, 该企业 or 该项目 opening the sentence, for the last company or project named
 *   in this sentence or the two before ("据了解，该公司此前投资1.6亿元…" → that company);
 *   so does a bare 项目 opening a sentence on its completion (项目建成后，…).
 * A company that runs a project named after it (青禾农业扩产项目) hands its figures to the
 * project: the figures of a company's expansion are the project's.
 */

/** Words that may stand before the subject of a news sentence. */
const OPENING =
  /^(?:据了解|据悉|据介绍|目前|近日|日前|同时|此外|另外|其中|今年以来|\d{1,2}月\d{1,2}日|当天|去年|今年|前年|(?:19|20)\d{2}年(?:度|[上下]半年)?|[\u4e00-\u9fa5]{1,5}(?:会上|上|中|以来|来))?[，,]?/;
const ANAPHORA: readonly [RegExp, readonly EntityMention['label'][]][] = [
  [/^该(?:公司|企业|集团)/, ['Enterprise']],
  [/^该(?:项目|工程)/, ['Project']],
  // 项目建成投产后，将提供就业岗位…: a bare 项目 opening a sentence on what it will bring.
  [/^(?:此)?(?:项目|工程)(?:全部)?(?:建成|投产|达产|达效|投用|运营|竣工)/, ['Project']],
];
/** 这些项目, 这批项目, 上述项目, 此次开工的项目: the projects of a batch, spoken of together. */
export const BATCH_OF_PROJECTS = /(?:这些|这批|上述|以上|此次[^，,。；;]{0,8}的)(?:重大|重点|产业)?项目/;

/** 10个项目, 十二个重点项目, 开工项目6个: a count of projects. */
const PROJECT_COUNT =
  /[\d一二两三四五六七八九十百]+(?:个|项)[^，,。；;、\d]{0,6}?(?:项目|工程)|(?:项目|工程)(?:共)?[\d一二两三四五六七八九十百]+(?:个|项)/g;

/** Whether a count of projects stands in `text` at or after `from`. */
function batchCountAfter(text: string, from: number): boolean {
  return [...text.matchAll(PROJECT_COUNT)].some((m) => (m.index ?? 0) >= from);
}

/** What may follow a subject: a verb, not a list or a possessive. */
const NOT_SUBJECT = /^(?:[、和及与等的]|项目|公司)/;
// A park opening a sentence owns its results (推介会上，某开发区突出港口优势，签约金额达到95亿元;
// 多年来，度假区…汇聚了220余家重点企业); goals stay the town's (only results take a park).
const TOPIC_LABELS: readonly EntityMention['label'][] = ['Enterprise', 'Project', 'Zone'];

export function sentenceTopic(options: {
  names: KnownNames;
  sentence: Sentence;
  /** The sentences before, nearest first. */
  earlier: readonly Sentence[];
}): EntityMention | null {
  const { names, sentence } = options;
  const text = sentence.text;
  const start = OPENING.exec(text)?.[0].length ?? 0;
  const rest = text.slice(start);
  for (const [pattern, labels] of ANAPHORA) {
    if (!pattern.test(rest)) continue;
    for (const s of [sentence, ...options.earlier]) {
      const upTo = s === sentence ? start : s.text.length;
      // 这些项目科技含量高。项目建成后，…: after the batch is spoken of as a whole, a bare 项目
      // is the batch, whose owner is the place.
      if (s !== sentence && !/^该/.test(rest) && BATCH_OF_PROJECTS.test(s.text)) return null;
      const last = names.in(s.text.slice(0, upTo), labels).pop();
      // …、投资2.6亿元某产业园等10个项目。项目投产后，…: a count of projects after the last one
      // named (or with none named) speaks of the batch, and so does the bare 项目 after it.
      if (!/^该/.test(rest) && batchCountAfter(s.text.slice(0, upTo), last?.end ?? 0)) return null;
      if (last) return projectOf(names, last);
    }
    // 某公司签订投资协议…。该项目计划用地…: a project named by no name of its own is the
    // project of the company the text has just named.
    if (labels.includes('Project'))
      for (const s of [sentence, ...options.earlier]) {
        const upTo = s === sentence ? start : s.text.length;
        const last = names.in(s.text.slice(0, upTo), ['Enterprise']).pop();
        if (last) return projectOf(names, last);
      }
    return null;
  }
  const opening = names.in(text, TOPIC_LABELS).find((o) => o.start === start);
  if (!opening || NOT_SUBJECT.test(text.slice(opening.end))) return null;
  return projectOf(names, opening);
}

/** A company's project named after it (青禾农业 → 青禾农业扩产项目), else the company. */
function projectOf(names: KnownNames, o: Occurrence): EntityMention {
  if (o.entity.label !== 'Enterprise') return o.entity;
  const own = names.projectsNamedAfter(o.entity);
  return own.length === 1 && own[0] ? own[0] : o.entity;
}

/**
 * A town that opens a sentence as its subject owns the figures of its later clauses:
 * "柳溪镇成功签约项目4个，协议投资额达2.6亿元" → both 柳溪镇's, in a county's news of
 * several towns.
 */
export function townTopic(options: {
  places: readonly EntityMention[];
  sentence: Sentence;
}): EntityMention | null {
  const { sentence } = options;
  // 某某县集中开工…: the opening words (…中, …上) may swallow a place that opens the sentence.
  const opening = OPENING.exec(sentence.text)?.[0].length ?? 0;
  const at = (offset: number) =>
    options.places.find(
      (p) =>
        p.span.sentenceIndex === sentence.index &&
        p.span.start - sentence.start === offset &&
        (p.properties.kind === 'TOWN' || p.properties.kind === 'DISTRICT' || p.properties.kind === 'CITY') &&
        !/ancestor|document-hint/.test(p.rule),
    );
  let town = at(opening) ?? at(0);
  // 大连市普兰店区在…举行: a chain of places names the last of them.
  for (let next = town && at(town.span.end - sentence.start); town && next;) {
    town = next;
    next = at(town.span.end - sentence.start);
  }
  if (!town) return null;
  const written = sentence.text.slice(town.span.start - sentence.start, town.span.end - sentence.start);
  const after = sentence.text.slice(town.span.end - sentence.start);
  if (NOT_SUBJECT.test(after)) return null;
  // 某某县集中开工项目共22项, in a prefecture's news of its counties: a county or city in full
  // that opens the sentence owns its figures; 县委, 市政府 open a body, not the place.
  if (town.properties.kind !== 'TOWN')
    return COUNTY_FULL_FORM.test(written) && !BODY_AFTER.test(after) ? town : null;
  // 皮口平岛融合发展项目3个: a short form (皮口) running on into a longer name heads that
  // name; a short form is the subject only before a verb or a break.
  return FULL_FORM.test(written) || SUBJECT_NEXT.test(after) ? town : null;
}

/** A county-level or prefecture-level place written in full. */
const COUNTY_FULL_FORM = /(?:市|县|区|旗|州)$/;
/** 县委, 市政府, 区人大: a body of the place, which is not the subject itself. */
const BODY_AFTER = /^(?:委|政府|人民|人大|政协|党|纪委|各|领导|主要领导|相关|有关)/;

/** A town's full name ends in its level. */
const FULL_FORM = /(?:镇|乡|街道)$/;
/** What follows a town's short form used as the subject of a sentence. */
const SUBJECT_NEXT =
  /^(?:[，,：:]|在|将|已|共|累计|全年|今年|上半年|成功|签约|新增|实现|完成|引进|招引|坚持|围绕|聚焦|立足|依托|通过|积极|大力|着力|持续|深入|以|把|为|是|有|现有)/;
