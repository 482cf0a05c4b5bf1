/**
 * Figures that describe a place or a speech rather than report or aim: the conventions of
 * the real-text set leave out area, population, distances and ranks, and counts of points,
 * directions or people attending a meeting are not figures of the place.
 */

/** 镇域面积108平方公里, 辖11个行政村、2个社区, 项目占地120亩, 常住人口3万人, 年末全市城镇常住人口105万人, 东距市区35公里, 环岛岸线34公里, 旅居海外侨胞6万人. */
const DESCRIPTIVE_METRIC =
  /^(?:(?:镇域|辖区|区域|行政区域|国土|陆域|全镇|全域|幅员|总)?(?:总)?面积|辖(?![区内]).*|(?:行政村|自然村|社区|村(?:居)?民小组|居委会|村民组)|(?:耕地|林地|山林)面积|(?:项目)?(?:总)?占地(?:面积)?|(?:项目)?总用地(?:面积)?|(?:年末)?(?:全市|全县|全区|全镇|全乡)?(?:城镇|乡村|农村)?(?:常住|户籍|总|流动)?人口|[东南西北]{0,2}距.*|.*岸线|.*海拔|.*侨胞|.*华侨)$/;
/** 排名中提升13位, 位列第三: ranks are left out. */
const RANK = /排名|排位|位次|位列|名列/;

/** Whether a metric describes the place (area, population, distance, rank). */
export function isDescriptive(metric: string): boolean {
  return DESCRIPTIVE_METRIC.test(metric) || RANK.test(metric);
}

/**
 * Nouns a small count enumerates in speeches and notes: 7个方面的成绩, 六个方向, 三个主题年,
 * 连续四个季度 (a span of time), 三条“主链” and 两个“道口” (a quoted notion).
 */
const ABSTRACT_AFTER = /^(?:“[\u4e00-\u9fa5]{1,3}”|方面|方向|主题|季度|维度|层面|抓手|导向|理念)/;
/** Roles counted at a meeting: 12个乡镇书记、16位科局长面对面交流. */
const ROLE_AFTER = /^[\u4e00-\u9fa5]{0,4}?(?:书记|负责人|局长|镇长|乡长|县长|区长|主任|委员|代表|主席)/;

/** Whether the words after a count make it a count of notions or of attendees, not a figure. */
export function isAbstractCount(after: string, unit: string): boolean {
  if (unit === '%' || unit === '元' || unit === '美元') return false;
  return ABSTRACT_AFTER.test(after) || ROLE_AFTER.test(after);
}

/**
 * A gap in percentage points against another rate (增速高于全市平均水平3.4个百分点, 降幅较1-5月
 * 收窄0.7个百分点, 比上年提高2个百分点) compares the figure before it; it is not one of its own.
 */
const COMPARED = /(?:高于|高出|低于|快于|慢于|超过|超出|领先|优于|落后|比|较)[^，,；;。：:]*$/;

/**
 * 城镇居民人均可支配收入比全省高1.18万元, 高于全国平均水平2800元: a gap against a larger
 * place's level measures the figure before it, in any unit.
 */
const PLACE_YARDSTICK =
  /(?:比|较|高于|低于|高出|超出|超过)(?:全国|全省|全市|全县|全区|省|市|县)(?:平均(?:水平|数)?)?(?:高|低|多|少)?出?$/;

/** Whether a figure is a gap against another rate, or against a larger place's level. */
export function isRateGap(before: string, unit: string): boolean {
  return (unit === '个百分点' && COMPARED.test(before)) || PLACE_YARDSTICK.test(before);
}
