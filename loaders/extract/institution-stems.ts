import type { DocumentContext, EntityMention, Sentence } from '../types';
import { entityMention } from './name-mention';

/**
 * Public service bodies every town and street runs, whose stems name a public body even with
 * no place in front (搭建新时代文明实践站, 认定街道退役军人服务站): the civilisation-practice
 * stations of the 新时代文明实践 network, the veterans' service stations, the citizens' service
 * centres (便民/为民/党群服务中心) and the social-governance centres. General knowledge of
 * grassroots administration, not names from any document.
 */
const STEMS =
  /新时代文明实践(?:站|所|中心)|退役军人服务(?:站|中心)|(?:便民|为民|党群)服务中心|社会治理(?:综合)?中心/g;

/**
 * A stem counted or classed (村级新时代文明实践站12个, 各级党群服务中心, 村(社区)便民服务中心,
 * 首批新时代文明实践站) names a kind of body, not one.
 */
const KIND_BEFORE =
  /(?:村级|镇级|县级|各级|各类|[\d一二三四五六七八九十两]+个|每个|一批|首批|第[一二三四五六七八九十]批|所有|全部|示范型?|标准化|[村镇][(（]社区[)）]|村|社区)$/;
/** 党群服务中心3个 counts a kind; 某中心、某站三个平台 counts the list's members, each one body. */
const COUNT_AFTER =
  /^(?:\d+|[一二三四五六七八九十两]+)[个家所座处](?![\u4e00-\u9fa5])|^(?:建设|项目|工程|大楼|主任|站长|负责人)/;

/**
 * Stem rule: a public service body named by its stem alone, or with a short proper name of
 * two or three characters that opens a list item (、和为贵社会治理中心).
 * Example: 街道搭建便民服务中心、新时代文明实践站、和美社会治理中心三个平台。
 */
export function stemBodyMentions(_ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const text = sentence.text;
  const found: EntityMention[] = [];
  for (const m of text.matchAll(STEMS)) {
    if (m.index === undefined) continue;
    let start = m.index;
    const end = start + m[0].length;
    if (KIND_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || COUNT_AFTER.test(text.slice(end)))
      continue;
    // A brand of two or three characters between a list's comma and the stem is the body's own name.
    const brand = /、([\u4e00-\u9fa5]{2,3})$/.exec(text.slice(Math.max(0, start - 4), start));
    if (brand?.[1] && !/[镇乡县区市村级]$/.test(brand[1])) start -= brand[1].length;
    const name = text.slice(start, end);
    found.push(
      entityMention({
        label: 'Institution',
        sentence,
        span: { name, start, end },
        rule: 'institution.stem',
        confidence: 0.55,
      }),
    );
  }
  return found;
}

/** Heads two or more short names share in a list: 遥观、芙蓉卫生院 are two clinics. */
const SHARED_HEAD =
  /((?:[\u4e00-\u9fa5]{2,3}、)+)([\u4e00-\u9fa5]{2,3})(卫生院|中心小学|中心校|小学|中学|初中|派出所|司法所|敬老院|幼儿园)/g;

/** Words that make a list member a class, not a name: 公办、民办幼儿园, 城区、乡镇中学. */
const CLASS_WORD =
  /^(?:公办|民办|公立|私立|城区|乡镇|农村|城镇|村级|镇级|县级|普惠|中心|完全|九年|初级|高级|寄宿)$/;

/**
 * Shared-head rule: names of the same length joined by 、 before one head are as many bodies
 * (the parallel lengths bound the first name on its left).
 * Example: 完成桂溪、松岭卫生院改扩建。
 */
export function sharedHeadMentions(sentence: Sentence): EntityMention[] {
  const text = sentence.text;
  const found: EntityMention[] = [];
  // Each match holds a 、: most sentences hold none.
  for (const m of text.includes('、') ? text.matchAll(SHARED_HEAD) : []) {
    if (m.index === undefined) continue;
    const last = m[2] ?? '';
    const head = m[3] ?? '';
    const lastStart = m.index + m[0].length - head.length - last.length;
    // Walk back over the list while the members keep the last one's length.
    const members: { name: string; start: number }[] = [{ name: last, start: lastStart }];
    let at = lastStart - 1;
    while (text[at] === '、' && at - last.length >= 0) {
      const start = at - last.length;
      const word = text.slice(start, at);
      if (!/^[\u4e00-\u9fa5]+$/.test(word)) break;
      members.unshift({ name: word, start });
      at = start - 1;
    }
    if (members.length < 2 || members.some((x) => CLASS_WORD.test(x.name))) continue;
    // 配套工程、某某中心小学, 某分局、某某派出所: a member that is itself a whole name (ending in a
    // body's or a work's head) closes a list of other things; the list must open the clause or
    // follow a verb or a link word.
    if (members.some((x) => /[局所院站程目区园司队心校]$/.test(x.name))) continue;
    const opening = text.slice(0, members[0]?.start ?? 0);
    if (
      opening !== '' &&
      !/(?:[^\u4e00-\u9fa5]|完成|推进|新建|建成|改造|提升|扩建|改扩建|加快|启动|对|与|和|及|的|在)$/.test(
        opening,
      )
    )
      continue;
    for (const member of members) {
      const isLast = member === members[members.length - 1];
      const end = isLast
        ? member.start + member.name.length + head.length
        : member.start + member.name.length;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: { name: text.slice(member.start, end), start: member.start, end },
          name: member.name + head,
          rule: 'institution.shared-head',
          confidence: 0.6,
        }),
      );
    }
  }
  return found;
}
