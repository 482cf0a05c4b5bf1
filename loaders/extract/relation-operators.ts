import type { EntityMention, RelationMention, Sentence } from '../types';
import { clauseAround } from './name-mention';
import { relation } from './relation-mention';

/**
 * OPERATED_BY stated by a verb rather than by a name:
 * - the works, then 由 and the company that builds or runs them:
 *   青禾冷链物流园项目由德清远帆实业有限公司投资建设 → the project OPERATED_BY the company;
 * - the company as subject of an investing or building verb, the works as its object:
 *   远帆实业计划投资2亿元建设青禾冷链物流园项目 → the same.
 * Both stay inside one clause, so that a list of several actors does not spill over.
 */

const BUILDS = /(?:投资建设|投资兴建|投资新建|负责建设|承建|建设|兴建|新建|运营|开发|打造|落户|投资)/;
/** What may stand between 由 and the company, and between the company and its verb. */
const AFTER_COMPANY = /^(?:公司)?(?:负责|独资|全额|出资|牵头)?/;
/** A company that only partners or signs, or one item of a list (甲公司农田建设、乙项目), is not the builder. */
const NOT_A_BUILDER = /[与和及同、]|签约|合作|洽谈|考察|参观|调研/;

/** An amount between a verb of investing and 的: 投资40亿元的, 投资约1.2亿元的. */
const AMOUNT_BEFORE_OF = '(?:[约超近逾达]?[\\d.]+(?:千万|百万|亿|万)?(?:美)?元)?';

/** Words of a signing: the contract or agreement for works. */
const SIGNING = /签约|签订|签署|合同|协议/;
/** Those who sign for works they do not build: lenders, insurers, designers. */
const FINANCIER = /银行|支行|分行|信用社|保险|设计院|研究院|事务所/;

function operated(project: EntityMention, company: EntityMention, rule: string): RelationMention {
  return relation('OPERATED_BY', project, { to: company.key, rule, confidence: 0.6 });
}

function local(sentence: Sentence, offset: number): number {
  return offset - sentence.start;
}

/** 该项目, 此工程, 项目: the works the text has just named, referred back to. */
const BACK_REFERENCE = /^(?:该|此|这个|这一|上述)?(?:项目|工程)/;

/**
 * The works a back reference stands for: the last project named before `start` in the
 * sentence, or else the last one of the sentence before (`earlier`).
 */
function referredWorks(
  sentence: Sentence,
  at: { projects: readonly EntityMention[]; start: number; earlier: readonly EntityMention[] },
): EntityMention | undefined {
  const before = at.projects.filter((p) => local(sentence, p.span.end) <= at.start).pop();
  return before ?? at.earlier.filter((p) => p.label === 'Project').pop();
}

/** A separator between the companies of one list. */
const LIST_JOIN = /^[、和及]$/;

/**
 * The list of companies after 与 (或 同) that `company` belongs to, with where the list
 * ends: 与甲公司、乙公司签约 → the list 甲公司、乙公司 for either. Null when no 与 opens it.
 */
function signingParty(
  sentence: Sentence,
  company: EntityMention,
  companies: readonly EntityMention[],
): { end: number; members: EntityMention[] } | null {
  const sorted = [...companies].sort((a, b) => a.span.start - b.span.start);
  const next = (c: EntityMention) =>
    sorted.find(
      (o) =>
        o.span.start === c.span.end + 1 && LIST_JOIN.test(sentence.text[local(sentence, c.span.end)] ?? ''),
    );
  const previous = (c: EntityMention) =>
    sorted.find(
      (o) =>
        o.span.end + 1 === c.span.start && LIST_JOIN.test(sentence.text[local(sentence, o.span.end)] ?? ''),
    );
  let first = company;
  for (let p = previous(first); p; p = previous(first)) first = p;
  if (!/[与同]$/.test(sentence.text.slice(0, local(sentence, first.span.start)))) return null;
  const members = [first];
  for (let n = next(first); n; n = next(n)) members.push(n);
  const last = members[members.length - 1] ?? company;
  return { end: last.span.end, members };
}

/**
 * The works after a signing list, one per company, when the text says 分别 and lists as many
 * works, joined by 、, 和 or 及, as there are companies; null otherwise.
 */
function respectiveWorks(
  sentence: Sentence,
  at: {
    party: { end: number; members: EntityMention[] };
    projects: readonly EntityMention[];
    clause: { start: number; end: number };
    first: EntityMention;
  },
): EntityMention[] | null {
  const { party, projects, clause, first } = at;
  if (party.members.length < 2) return null;
  const opening = sentence.text.slice(clause.start, local(sentence, first.span.start));
  if (!opening.includes('分别')) return null;
  const sorted = projects
    .filter((p) => p.span.start >= first.span.start && local(sentence, p.span.end) <= clause.end)
    .sort((a, b) => a.span.start - b.span.start);
  const works = [first];
  for (const p of sorted) {
    const prev = works[works.length - 1];
    if (!prev || p === first) continue;
    if (/^[、和及]$/.test(sentence.text.slice(local(sentence, prev.span.end), local(sentence, p.span.start))))
      works.push(p);
  }
  return works.length === party.members.length ? works : null;
}

export function operatorsByVerb(
  sentence: Sentence,
  mentions: readonly EntityMention[],
  options: { earlier?: readonly EntityMention[] } = {},
): RelationMention[] {
  const earlier = [...(options.earlier ?? [])].sort((a, b) => a.span.end - b.span.end);
  const projects = mentions.filter((m) => m.label === 'Project');
  const companies = mentions.filter((m) => m.label === 'Enterprise');
  const found: RelationMention[] = [];
  for (const company of companies) {
    const start = local(sentence, company.span.start);
    const end = local(sentence, company.span.end);
    const clause = clauseAround(sentence.text, start);
    const after = sentence.text.slice(end, clause.end);
    const lead = AFTER_COMPANY.exec(after)?.[0] ?? '';
    // 由某公司投资建设: the works named before 由 in the clause.
    if (sentence.text[start - 1] === '由' && BUILDS.test(after.slice(lead.length, lead.length + 4))) {
      const works = projects
        .filter(
          (p) => local(sentence, p.span.end) <= start - 1 && local(sentence, p.span.start) >= clause.start,
        )
        .pop();
      // 该项目由某公司投资建设: the works the sentence or the one before has just named.
      const referred =
        works ??
        (BACK_REFERENCE.test(sentence.text.slice(clause.start, start - 1).replace(/^[，,；;\s]+/, ''))
          ? referredWorks(sentence, { projects, start: clause.start, earlier })
          : undefined);
      if (referred) {
        found.push(operated(referred, company, 'relation.operated-by.you'));
        continue;
      }
      // 由某公司投资建设的某某项目: the works the 的 of the clause goes on to name.
      // 由某公司投资40亿元的某某项目: the amount the company puts in may stand before the 的.
      const verbAndOf = new RegExp(`^${lead}${BUILDS.source}${AMOUNT_BEFORE_OF}的`).exec(after)?.[0];
      const object = verbAndOf
        ? projects.find((p) => local(sentence, p.span.start) === end + verbAndOf.length)
        : undefined;
      if (object) found.push(operated(object, company, 'relation.operated-by.you'));
      continue;
    }
    // 成立某公司运营该项目: the company runs the works named just before.
    const verb = /^(?:负责|全面)?(?:投资建设|运营|建设|开发|承建|管理)/.exec(after.slice(lead.length))?.[0];
    if (verb && /^(?:该|此|上述)(?:项目|工程)/.test(after.slice(lead.length + verb.length))) {
      const referred = referredWorks(sentence, { projects, start, earlier });
      if (referred) found.push(operated(referred, company, 'relation.operated-by.back-reference'));
      continue;
    }
    // 某某项目(某某有限公司): the company in brackets right after the works is who builds them.
    if (/[（(]$/.test(sentence.text.slice(0, start)) && /^[)）]/.test(sentence.text.slice(end))) {
      const works = projects.find((p) => local(sentence, p.span.end) === start - 1);
      if (works) {
        found.push(operated(works, company, 'relation.operated-by.bracket'));
        continue;
      }
    }
    // 与某公司签约某项目, 与某公司举行某项目合同签约仪式: the other party of a signing is the
    // investor of the works signed for. A bank or a designer signs to lend or to plan, not to build.
    // 与甲公司、乙公司签约某项目: every company of the list after 与 signs for the works.
    const party = signingParty(sentence, company, companies);
    if (party && !FINANCIER.test(company.name)) {
      const listEnd = local(sentence, party.end);
      const signed = projects.find((p) => {
        const at = local(sentence, p.span.start);
        if (at < listEnd || local(sentence, p.span.end) > clause.end) return false;
        const between = sentence.text.slice(listEnd, at);
        return between.length <= 16 && !/[与和及同、]/.test(between);
      });
      const clauseText = sentence.text.slice(clause.start, clause.end);
      // 分别与甲、乙签订了丙项目、丁项目 / 与甲、乙分别签订了丙、丁: each company signs for the
      // works of the same rank in the list that follows.
      const respective = signed
        ? respectiveWorks(sentence, { party, projects, clause, first: signed })
        : null;
      const mine = respective?.[party.members.indexOf(company)];
      if (mine && SIGNING.test(clauseText)) {
        found.push(operated(mine, company, 'relation.operated-by.signing'));
        continue;
      }
      if (signed && SIGNING.test(clauseText)) {
        found.push(operated(signed, company, 'relation.operated-by.signing'));
        continue;
      }
    }
    // 某公司与某旗签署甲项目、乙项目投资协议: a company opening the clause signs with a party
    // that is no company (a government, a park) for the works named after the verb: it invests.
    const signedWith = /^(?:与|同|和)([^，,；;。]{2,16}?)(?:签订|签署|签约)/.exec(after);
    const opening = sentence.text.slice(clause.start, start).replace(/^[，,；;\s]+/, '');
    if (
      signedWith &&
      !FINANCIER.test(company.name) &&
      /^(?:[\d月日年上下午，,]*|在[^，,；;。]{0,12}上[，,]?)$/.test(opening) &&
      !companies.some(
        (o) =>
          o !== company &&
          local(sentence, o.span.start) >= end &&
          local(sentence, o.span.end) <= end + signedWith[0].length,
      )
    ) {
      const from = end + signedWith[0].length;
      const works = projects.filter((p) => {
        const at = local(sentence, p.span.start);
        return at >= from && local(sentence, p.span.end) <= clause.end;
      });
      for (const w of works) found.push(operated(w, company, 'relation.operated-by.signing-subject'));
      if (works.length > 0) continue;
    }
    // 某公司(计划)投资…建设某项目: the works after the verb, in the same clause.
    const object = projects.find((p) => {
      const at = local(sentence, p.span.start);
      if (at < end || local(sentence, p.span.end) > clause.end) return false;
      const between = sentence.text.slice(end, at);
      return between.length <= 24 && BUILDS.test(between) && !NOT_A_BUILDER.test(between);
    });
    // The company must be the subject: nothing but time or place words before it in the clause,
    // or in its item of a list (由甲公司投资的…项目、乙公司投资的…项目).
    const clauseBefore = sentence.text.slice(clause.start, start);
    const before = clauseBefore.slice(clauseBefore.lastIndexOf('、') + 1);
    if (object && !/[由与和同对向为给]|签约|引进|招引|服务/.test(before))
      found.push(operated(object, company, 'relation.operated-by.subject'));
  }
  return found;
}
