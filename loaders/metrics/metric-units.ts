/**
 * Factors from the units figures are stated in to a metric's canonical unit. The read
 * stage already expands 万 and 亿 (130亿元 → 13000000000 元); these cover what remains:
 * areas in 公顷 or 平方公里 for metrics kept in 亩, weights in 斤, and the multiplied
 * units records may carry when they come from elsewhere than the extractor.
 */
const FACTORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  元: { 元: 1, 万元: 1e4, 亿元: 1e8 },
  美元: { 美元: 1, 万美元: 1e4, 亿美元: 1e8 },
  人: { 人: 1, 名: 1, 万人: 1e4 },
  人次: { 人次: 1, 万人次: 1e4 },
  家: { 家: 1, 个: 1, 户: 1 },
  个: { 个: 1, 项: 1, 宗: 1 },
  件: { 件: 1, 万件: 1e4 },
  株: { 株: 1, 棵: 1, 万株: 1e4, 万棵: 1e4 },
  // The head grammar's measure words (metric-heads.json): one event is a 场 or a 场次, one
  // building a 栋 or a 幢.
  场: { 场: 1, 场次: 1, 次: 1, 期: 1, 届: 1 },
  栋: { 栋: 1, 幢: 1, 座: 1 },
  台: { 台: 1, 台套: 1 },
  立方米: { 立方米: 1, 万立方米: 1e4, 方: 1, 万方: 1e4 },
  次: { 次: 1 },
  头: { 头: 1, 万头: 1e4 },
  只: { 只: 1, 羽: 1, 万只: 1e4, 万羽: 1e4 },
  千瓦时: { 千瓦时: 1, 度: 1, 万千瓦时: 1e4, 亿千瓦时: 1e8 },
  亩: { 亩: 1, 万亩: 1e4, 公顷: 15, 平方公里: 1500, 平方米: 0.0015 },
  平方米: { 平方米: 1, 平米: 1, 万平方米: 1e4 },
  公里: { 公里: 1, 千米: 1, 米: 0.001 },
  平方公里: { 平方公里: 1, 平方千米: 1, 公顷: 0.01, 亩: 1 / 1500 },
  千瓦: { 千瓦: 1, 万千瓦: 1e4, 兆瓦: 1e3 },
  吨标准煤: { 吨标准煤: 1, 万吨标准煤: 1e4 },
  // 亩均税收40万元: a per-mu figure is often written in 元 alone, the 亩 being in its name.
  '元/亩': { '元/亩': 1, '万元/亩': 1e4, 元: 1, 万元: 1e4 },
  吨: { 吨: 1, 万吨: 1e4, 千克: 0.001, 公斤: 0.001, 斤: 0.0005, 万斤: 5, 万公斤: 10 },
  '%': { '%': 1, '％': 1 },
};

/** A figure in a metric's canonical unit. */
export interface CanonicalFigure {
  value: number;
  valueMax: number | null;
  unit: string;
}

/**
 * The figure converted to `canonicalUnit`; kept as it is when its unit is one the metric
 * is also stated in without a factor (`otherUnits`: 美元 beside 元); null when the unit
 * cannot measure the metric (高新技术企业 in 元).
 */
export function toCanonicalUnit(
  figure: { value: number; valueMax: number | null; unit: string },
  units: { canonicalUnit: string; otherUnits: readonly string[] },
): CanonicalFigure | null {
  const factor =
    FACTORS[units.canonicalUnit]?.[figure.unit] ?? (figure.unit === units.canonicalUnit ? 1 : null);
  if (factor === null) {
    if (!units.otherUnits.includes(figure.unit)) return null;
    return { ...figure };
  }
  const scale = (v: number): number => Number((v * factor).toPrecision(12));
  return {
    value: scale(figure.value),
    valueMax: figure.valueMax === null ? null : scale(figure.valueMax),
    unit: units.canonicalUnit,
  };
}
