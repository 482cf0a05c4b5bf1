/**
 * Units of count and measure as they follow figures in government reports. Longer units
 * come first so that 平方米 wins over 米 and 个百分点 over 个. 年, 月 and 日 are not here:
 * figures before them are dates, handled by number-years.
 */
export const UNITS = [
  '微克/立方米',
  '个百分点',
  '平方公里',
  '平方米',
  '平米',
  '立方米',
  '千瓦时',
  '美元',
  // 实际利用外资7330万美金: the spoken name of the dollar.
  '美金',
  '元',
  '人次',
  '家次',
  '户次',
  '场次',
  '车次',
  '人',
  '起',
  '个',
  '家',
  '项',
  '亩',
  '公里',
  '千米',
  '米',
  '吨',
  '套',
  '间',
  '栋',
  '幢',
  '张',
  '所',
  '座',
  '条',
  // 生产销售童装6亿件(套): a count of pieces or sets, written as one unit.
  '件(套)',
  '件（套）',
  '件',
  '户',
  '名',
  '位',
  '处',
  '路',
  '辆',
  '台',
  '头',
  '株',
  '只',
  // 新发展珍稀菌20万袋, 年配镜100万副: bags of mushroom spawn, pairs (of glasses, gloves).
  '袋',
  '副',
  '支',
  // 亩产800公斤, 收购量80万公斤: weights of crops and cocoons, written in kilograms.
  '公斤',
  '千克',
  '斤',
  '本',
  '宗',
  '场',
  '批',
  '次',
  '倍',
  '千瓦',
  // 年发电量1.2亿度: kilowatt-hours, read only after 万 or 亿 (numbers.ts); 30度 is heat or slope.
  '度',
  '兆瓦',
  '万千瓦',
  '床',
  '篇',
  '部',
  '支',
  '片',
  '块',
  '棵',
  '公顷',
  '标箱',
  '单',
  '%',
  '％',
  // 人口自然增长率控制在4.5‰以内, 出生率12‰: rates of births and deaths are per mille.
  '‰',
] as const;

/** Multipliers written between a figure and its unit: 2.6万人, 130亿元, 5千米 is not one. */
export const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千万: 1e7, 百万: 1e6 };

/** Qualifiers before a figure (超3万套, 近2.3万个) and after it (130个以上, 1200余路). */
export const PRE_QUALIFIERS = ['不低于', '不少于', '超过', '突破', '至少', '超', '近', '约', '逾'] as const;
export const POST_QUALIFIERS = ['以上', '左右', '以内', '以下', '余', '多'] as const;

/** 名 counts people as 人 does (引育各类人才600名); ％ is the full-width %. */
export function normaliseUnit(unit: string): string {
  if (unit === '名') return '人';
  if (unit === '美金') return '美元';
  if (unit === '件（套）') return '件(套)';
  return unit === '％' ? '%' : unit;
}

/** Escapes a lexicon for a RegExp alternation, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}
