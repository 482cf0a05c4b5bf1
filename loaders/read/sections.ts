import type { Sentence } from '../types';

export type Section = Sentence['section'];

/**
 * Which part of a report a line opens. Government work reports look back, then ahead:
 *   “十三五”时期和2020年工作回顾   → review
 *   2021年主要工作安排             → plan
 *   2022年工作总结 / 重点工作完成情况 → review; 主要目标 / 总体要求 → plan
 * and news features mark the turn in a paragraph's first words: 五年来,我们… / 下一步,该镇将….
 */
// prettier-ignore
const REVIEW_CUES = [
  '工作回顾', '回顾', '回望', '过去一年', '过去五年', '过去的一年', '过去的五年', '一年来', '五年来', '近年来',
  '近五年来', '今年以来', '上半年以来', '这一年', '工作总结', '主要成绩', '工作成效',
];
// prettier-ignore
const PLAN_CUES = [
  '工作安排', '工作计划', '目标任务', '主要任务', '奋斗目标', '下阶段', '下一阶段', '下一步', '明年', '今年工作',
  '工作打算', '工作思路', '展望', '今后', '接下来', '下半年', '主要目标', '预期目标', '发展目标', '总体要求',
];
/** A heading is a short line that does not end like a sentence. */
const HEADING_MAX = 30;
const SENTENCE_END = /[。!?;:,,!?;:、]$/u;
/** Numbered subheadings, (一)聚力搭平台、抓项目, stay in the part their parent heading opened. */
const NUMBERED =
  /^([一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|[一二三四五六七八九十]是)/u;
/** A form of address before a paragraph's first words: 各位代表,过去一年…. */
const VOCATIVE = /^(各位代表|同志们|各位委员)[,,]\s*/u;

export function isHeading(line: string): boolean {
  if (line.length > HEADING_MAX || SENTENCE_END.test(line)) return false;
  return (line.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;
}

/** The section in force after this line, given the one before it. */
export function nextSection(line: string, current: Section): Section {
  const heading = isHeading(line);
  const cued = heading ? cueIn(line) : openingCue(line);
  if (cued) return cued;
  if (heading && !NUMBERED.test(line)) return 'other';
  return current;
}

/** A paragraph turns the report when it opens with a cue: 五年来,我们坚定不移抓发展. */
function openingCue(line: string): Section | null {
  const opening = line.replace(VOCATIVE, '');
  if (REVIEW_CUES.some((cue) => opening.startsWith(cue))) return 'review';
  if (PLAN_CUES.some((cue) => opening.startsWith(cue))) return 'plan';
  return null;
}

/** A heading that reports how a plan went looks back, whatever plan words it names: 目标任务完成情况. */
const OUTCOME_HEADING = /(完成|落实|执行)情况/u;

/** The cue that comes first wins: 2020年工作回顾和2021年工作安排 opens with the review. */
function cueIn(text: string): Section | null {
  if (OUTCOME_HEADING.test(text)) return 'review';
  const review = firstIndex(text, REVIEW_CUES);
  const plan = firstIndex(text, headingPlanCues(text));
  if (review < 0 && plan < 0) return null;
  if (plan < 0) return 'review';
  if (review < 0) return 'plan';
  return review <= plan ? 'review' : 'plan';
}

/**
 * Time words that turn a report only where a heading opens with them (明年工作打算, 下一步工作
 * 思路): inside a headline they date what it reports (某某工程明年开建), and the text under a
 * news headline is no plan part.
 */
const OPENING_ONLY_CUES = new Set(['明年', '下一步', '下阶段', '下一阶段', '下半年', '今后', '接下来']);

function headingPlanCues(text: string): string[] {
  const opening = text.replace(NUMBERED, '').trimStart();
  return PLAN_CUES.filter((cue) => !OPENING_ONLY_CUES.has(cue) || opening.startsWith(cue));
}

function firstIndex(text: string, cues: string[]): number {
  let best = -1;
  for (const cue of cues) {
    const at = text.indexOf(cue);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}
