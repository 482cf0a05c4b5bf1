import type { EntityMention } from '../types';

/**
 * Whether a project's stated investment is a goal or a fact. The investment of a project
 * that is signed, started, being built or finished is what it was signed or started at, an
 * achieved figure; that of a project still planned (谋划, 储备, 将开工, 预计8月份动工) is
 * what the place means to spend, a goal. A year's planned spend (年度计划投资, 年内计划投资)
 * is always a goal.
 * Example: "今年3月签约的云杉新材料项目，总投资2亿元" → Indicator;
 *          "投资3亿元的青禾冷链物流项目预计9月份动工建设" → Target.
 */

/** 年度计划投资, 当年计划投资, 年内计划投资, 年度投资: what the year is meant to spend. */
const YEARLY_PLAN = /(?:年度|当年|年内|今年|本年)(?:计划)?投资(?:额)?$/;
/** The project is still ahead of its start: 将开工, 预计8月份动工, 计划年内签约, 谋划, 储备. */
const NOT_STARTED =
  /(?:将|预计|计划|拟|准备|力争|争取|确保)[^，,；;。]{0,8}?(?:开工|动工|开建|落地|签约|落户)|谋划|储备|拟建|待建|筹建/;
/** The project is under way or done: 签约, 开工, 在建, 正在, 投产, 建成. */
const UNDER_WAY = /签约|签订|落户|开工|动工|在建|正在|投产|建成|竣工|运营|入驻/;
const UNDER_WAY_STATUS = new Set(['SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED']);

export type InvestmentKind = 'Target' | 'Indicator' | null;

/**
 * The kind of a project's investment figure, from the words around the project and the
 * figure (`window`, the clauses from the one naming the project to the figure's), else the
 * project's status; null when nothing says (the figure's own cues decide).
 */
export function projectInvestmentKind(options: {
  metric: string;
  project: EntityMention;
  window: string;
}): InvestmentKind {
  if (YEARLY_PLAN.test(options.metric)) return 'Target';
  if (NOT_STARTED.test(options.window)) return 'Target';
  if (UNDER_WAY.test(options.window)) return 'Indicator';
  const status = options.project.properties.status;
  if (status === 'PLANNED') return 'Target';
  if (typeof status === 'string' && UNDER_WAY_STATUS.has(status)) return 'Indicator';
  return null;
}

/** The clauses from `from` to the end of the clause holding `to`, in a sentence. */
export function clausesBetween(text: string, at: { from: number; to: number }): string {
  let start = Math.min(at.from, at.to);
  while (start > 0 && !/[，,；;。！？!?]/.test(text[start - 1] ?? '')) start--;
  let end = Math.max(at.from, at.to);
  while (end < text.length && !/[，,；;。！？!?]/.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}
