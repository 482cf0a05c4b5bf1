/**
 * Metrics that are not metrics. Extraction takes the words before a figure as what it
 * measures; two shapes of those words say nothing about what is measured:
 * - a list of names: 武进不锈…钢管、国家智能商用车质检中心等16个新建项目 gives the
 *   metric 钢管、国家智能商用车质检中心等, where the figure counts 新建项目;
 * - a bare verb: 争取完成投资53亿元 gives 完成投资 — investment in what, is not said.
 */

/** Verbs (with at most a generic object) that name no metric on their own. */
const BARE_VERBS = new Set(['完成投资', '完成', '实现', '达到']);

/**
 * An enumeration of names closed by 等: 华立液压、康进医疗等, or one name of a park, a project or a
 * firm and 等 (甲产业园等6个项目: 等 says the name is one of those counted).
 */
const NAME_LIST = /、.*等$|^[\u4e00-\u9fa5]{2,12}(?:园|项目|公司|企业|基地|中心|工程|厂)等$/;

/** 比2022年的32.02亿元: what a figure is compared with (its year gone, 比的) measures nothing new. */
const COMPARED_WITH = /^(?:比|较|与)的?$/;

export function isBareVerbMetric(metric: string): boolean {
  return BARE_VERBS.has(metric.trim()) || COMPARED_WITH.test(metric.trim());
}

export function isNameListMetric(metric: string): boolean {
  return NAME_LIST.test(metric.trim());
}

/** Verbs and adverbs that end the counted noun after a figure: 16个新建项目早日开工 → 新建项目. */
const NOUN_END =
  /早日|尽快|加快|全面|顺利|开工|投产|竣工|建成|完成|实现|落地|签约|通过|获得|获评|入选|入驻|作了|年内|以及|和|及|与|在|被|，|,|；|;|。|$/;

/** An event right after the counted projects: 顺利竣工, 已建成投产, 破土动工. */
const EVENT_AFTER =
  /^(?:全面|顺利|正式|集中|陆续|已经|已|均)?(竣工投产|建成投产|竣工|投产|建成|开工|破土动工|动工|签约|落地)/;

/**
 * The noun a figure counts when it follows the figure (…等16个新建项目早日开工 → 新建项目),
 * read from the clause; null when none stands there. `quantityText` is the figure as
 * written (16个).
 */
export function nounAfterFigure(clause: string, quantityText: string): string | null {
  const at = clause.indexOf(quantityText);
  if (at < 0) return null;
  const rest = clause.slice(at + quantityText.length);
  const end = NOUN_END.exec(rest);
  const noun = rest.slice(0, end ? end.index : rest.length);
  if (!/^[\u4e00-\u9fa5]{2,12}$/.test(noun)) return null;
  // 甲、乙等4个项目顺利竣工: what happened to the projects names which ones are counted.
  const event = EVENT_AFTER.exec(rest.slice(noun.length))?.[1];
  if (!event || !/项目$/.test(noun)) return noun;
  return `${/动工$/.test(event) ? '开工' : event}${noun}`;
}
