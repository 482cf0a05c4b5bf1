import { clauseAround } from './name-mention';
import { scanSuffixNames, type NameSpan } from './name-scan';

/**
 * Venues and facilities are projects when the text reports them being built, signed or opened
 * (某某科创中心主体封顶, 总投资3亿元的某某商业广场开工): the annotation conventions count
 * 医疗中心, 酒店, 广场, 庄园 and the like as projects only. Without such words in their
 * clause they are places or bodies mentioned in passing and are left alone.
 */
const FACILITY_HEADS: readonly string[] = [
  '综合体',
  '商业广场',
  '广场',
  '乐园',
  '公园',
  '酒店',
  '商业街',
  '安置小区',
  '安置区',
  '小区',
  '产业基地',
  '生产基地',
  '研发基地',
  '基地',
  '研发中心',
  '运营中心',
  '物流中心',
  '交易中心',
  '科创中心',
  '设计中心',
  '数据中心',
  '算力中心',
  '集市',
  '服务区',
  '码头',
  // Venues the annotation conventions name (医疗中心, 酒店, 庄园) and their kin in real reports:
  // shops and malls that open, visitor and reception centres, halls and cold stores that are built.
  '购物中心',
  '商场',
  '商城',
  '超市',
  '庄园',
  '医疗中心',
  '接待中心',
  '游客中心',
  '体育中心',
  '体育馆',
  '博物馆',
  '纪念馆',
  '冷库',
];

/** Words of a clause that report works on a facility. */
const WORKS_WORDS =
  /开工|动工|奠基|签约|落户|落地|竣工|完工|建成|投用|投运|投入使用|交付|开业|开园|封顶|主体|总投资|投资[\d约超近]|征地|征迁|立项|选址|新建|兴建|投资建设/;

/** Bodies and services that share these heads but are not works: 党群服务中心, 新时代文明实践中心. */
const NOT_WORKS =
  /党群|便民|政务|文明实践|志愿|服务中心$|指挥中心$|调度中心$|示范基地$|教育基地$|实践基地$|培训基地$/;

/** Facilities named in a sentence whose clause reports them as works. */
/**
 * 投资2亿元建设某某交易中心: the amount and the building verb the scan may keep in front (the
 * dictionary reads 建设 as a noun) say what is done, not what the facility is called.
 */
const BUILT_LEAD =
  /^(?:(?:总)?投资[约超近]?[\d.]+(?:千万|百万|亿|万)?元?(?:的)?)?(?:开工建设|启动建设|投资建设|投资兴建|建设|新建|兴建|建成)/;

function withoutBuiltLead(span: NameSpan): NameSpan {
  const m = BUILT_LEAD.exec(span.name);
  if (!m || span.name.length - m[0].length < 4) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

export function facilityWorks(text: string): NameSpan[] {
  const spans = scanSuffixNames(text, { suffixes: FACILITY_HEADS, maxLength: 20, verbsEnd: true });
  return spans.map(withoutBuiltLead).filter((span) => {
    if (NOT_WORKS.test(span.name) || span.name.length < 4) return false;
    // 乡镇体育公园, 市级森林公园: a level and a kind, not a named facility.
    if (/^(乡镇|[省市县区镇村]级)/.test(span.name)) return false;
    // 建成3个规范化基地: a counted kind, not one facility.
    if (
      /[\d一二三四五六七八九十百两]+[个座处家批]$/.test(text.slice(Math.max(0, span.start - 4), span.start))
    )
      return false;
    // 某某中心项目: the suffix rule names it with its 项目.
    if (/^(?:项目|工程|[（(一二三四五六七八九十\d]+期)/.test(text.slice(span.end))) return false;
    // 在某某公园入口处集中开工: the venue of a ceremony is where, not what is built.
    if (/(?<![正现])在$/.test(text.slice(0, span.start))) return false;
    const clause = clauseAround(text, span.start);
    return WORKS_WORDS.test(text.slice(clause.start, span.start) + text.slice(span.end, clause.end));
  });
}
