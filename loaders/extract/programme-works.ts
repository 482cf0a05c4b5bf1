import type { NameSpan } from './name-scan';

/**
 * The aims of a campaign called an 工程: building people, firms and villages up (培育, 振兴,
 * 提升, 惠民, 强基, 铸魂…), not building things.
 */
const CAMPAIGN_AIM =
  '培育|振兴|提升|惠民|富民|高质量发展|强基|筑基|铸魂|育人|引才|聚才|育才|帮扶|赋能|强链|补链|延链|兴村|强村|暖心|民心|先锋|头雁|领航|护航|清风|固本|争先|倍增|登峰|雁阵|人才|素质|引领|壮大|增收|致富|兴业|创业|就业|清廉';
/** Words of physical works: such an 工程 is a project (道路提升工程, 厂房提升工程). */
const PHYSICAL =
  /[路桥河渠塘堤坝房楼厂园馆站场池井线网室院校所舍]|标段|管网|道路|水利|饮水|供水|排水|污水|绿化|亮化|硬化|改造|整治|修缮|拆除|建设|设施|基地|中心|电力|燃气|[\d.]+/;

const AIM_WORKS = new RegExp(`(?:${CAMPAIGN_AIM})工程`, 'g');
/** Where a name cannot reach back across: clause punctuation and the words that join phrases. */
const BREAK = /[，,。；;、：:（(）)\s的和与及在对为是]/;
/** Verbs before the name are its predicate: 实施, 推进, 深入实施. */
const LEAD = /^.*(?:实施|推进|推动|开展|启动|深化|落实|抓好|抓实|打造|推行|建立)/;

/**
 * Campaign-works rule: an 工程 named by its aim at people, firms or villages is a campaign
 * (the conventions' 某某工程 used as a campaign), also when counted (十项提升工程); one
 * named by what it builds is a project.
 * Example: 实施“头雁”领航工程和乡村人才培育工程，推进十项三年提升工程。
 */
export function campaignWorks(text: string): NameSpan[] {
  const found: NameSpan[] = [];
  for (const m of text.matchAll(AIM_WORKS)) {
    const end = (m.index ?? 0) + m[0].length;
    let start = m.index ?? 0;
    while (start > 0 && !BREAK.test(text[start - 1] ?? '') && end - start < 20) start -= 1;
    if (start > 0 && !BREAK.test(text[start - 1] ?? '')) continue;
    const lead = LEAD.exec(text.slice(start, m.index))?.[0] ?? '';
    start += lead.length;
    const name = text.slice(start, end);
    const body = name.replace(/^[\d一二三四五六七八九十两]+[项大个]/, '').replace(/工程$/, '');
    if (name.length < 4 || PHYSICAL.test(body)) continue;
    found.push({ name, start, end });
  }
  return found;
}
