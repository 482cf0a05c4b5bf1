import { isPlausibleName } from './name-mention';

/** Mechanisms and systems are programmes only with a specific body: 企业挂钩服务机制, not 长效机制. */
export const MECHANISM = /(机制|制度)$/;
/**
 * A pilot is a programme where a place carries it out (开展数字乡村试点); where a place is named
 * one (获批国家级某某试点, 某某试点县), it is a designation, which the conventions leave out
 * with honours. Parks named 示范园/示范区 are zones, not programmes.
 */
export const DESIGNATION_WORD = /获批|列为|列入|入选|成为|创成|获评|评为|确定为|认定为|争创|创建|申报|申创/;
export const DESIGNATION_VERB = new RegExp(`(?:${DESIGNATION_WORD.source})[^，,；;。]{0,12}$`);

/**
 * “全省百强乡镇”建设, “农业名镇”建设: a rank or a renown a place aims at is a title, not a
 * programme (冲刺百强县, with the campaign's verb, is one).
 */
export const AIMED_TITLE =
  /^(?![\u4e00-\u9fa5]*?(?:冲刺|争|创|跻身|进|建|打造|迈入))(?:全国|全省|全市|全区|中国)?[\u4e00-\u9fa5]{0,4}?(?:百强|千强|十强|名)(?:乡镇|镇|乡|县|区|市|村|城)$/;

export function isProgrammeName(name: string): boolean {
  if (!isPlausibleName(name, { min: 4, max: 28 })) return false;
  // 年度计划, 投资计划: a schedule of the year, not a named plan.
  if (/^(年度|年度投资|工作|投资|建设|发展|全年)计划$/.test(name)) return false;
  // 较原计划提前20天: the original schedule, not a plan of its own.
  if (/^(?:较|比|按|照)?原(?:定|有)?计划$/.test(name)) return false;
  if (
    MECHANISM.test(name) &&
    (name.length < 6 || /^(体制|长效|工作|管理|运行|考核|激励|协调|联动)/.test(name))
  )
    return false;
  // 2025年工作计划, 年度投资计划: a document or a schedule of the year, not a named plan.
  // A plan of a count of years (城镇品质提升三年计划, 五年倍增计划) is a named plan.
  if (
    /(年|年度)(工作|投资|建设|实施)?(计划|要点)$/.test(name) &&
    !/[一二两三四五六七八九十]年计划$/.test(name)
  )
    return false;
  // 某镇2024年度政府工作计划, 政府投资项目计划: the government's schedule or list of the year, a document.
  if (/(?:年|年度|政府)(?:政府)?(?:工作|投资)(?:项目)?(?:计划|要点)$/.test(name)) return false;
  if (AIMED_TITLE.test(name)) return false;
  // 学生统一行动, 全民动员、全民行动: acting together, all at once or by everyone is how people
  // act, not a campaign's name.
  if (/(?:统一|全民|集中|联合|共同|一致|迅速|立即)行动$/.test(name)) return false;
  // 省级试点, 开展试点: a pilot needs a name of its own.
  return !/试点$/.test(name) || name.replace(/^(国家级|省级|市级|国家|全国|全省|全市)/, '').length >= 5;
}
