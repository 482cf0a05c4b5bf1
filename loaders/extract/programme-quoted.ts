import type { NameSpan } from './name-scan';
import { stripLeading, nameStart } from './name-scan';
import { YEAR_CAMPAIGN_HEADS } from './programme-vocabulary';

/** A quoted programme name found in a sentence, with the forms it is also written in. */
export interface QuotedProgramme {
  span: NameSpan;
  /** The name to record: the quoted words, or quoted words and head where the head is part of the name. */
  name: string;
  aliases: string[];
  rule: string;
}

/** Heads that make a quoted phrase a programme, and whether the head belongs to the name. */
const HEADS =
  '现代化?[\\u4e00-\\u9fa5]{1,3}体系|产业体系|工作体系|体系|工作举措|重点工作|工作法|产业布局|发展布局|布局|工作思路|工作目标|决策部署|具体部署|战略部署|发展战略|建设战略|战略|三年行动计划|行动计划|专项行动|专项整治|三年行动|行动|计划|改革模式|改革|试点|发展模式|模式|服务机制|机制|制度|服务品牌|品牌|工程|综合治理|实施方案|方案|建设|创新区|规划|学习教育|专题教育|主题教育|活动|普法计划|普法规划|普法|专项斗争';
const AFTER = new RegExp(`^([\\u4e00-\\u9fa5]{0,4}?)(${HEADS})`);
/** Heads that belong to the name of a formula: “3+6”现代化产业体系, “12345”工作思路. */
const FORMULA_HEADS = /(体系|布局|工作思路|工作目标|工作举措|重点工作|工作法|决策部署|具体部署|战略部署)$/;
/** Campaigns of events may name their audience first: “百团进百万企业”安全生产宣讲活动. */
const AFTER_EVENT = /^([\u4e00-\u9fa5]{0,6}?)(宣讲活动|专项行动|主题活动|活动)/;
/** Events that sell or show a product (“某某梨”品鉴采摘促销活动): a promotion, not a programme. */
const MARKETING = /促销|品鉴|展销|推介|采摘|直播|带货|演出|晚会|比赛/;
/** A formula of counts is a programme's shorthand: “8+1”, “1+4+N”. */
const FORMULA = /^[\dA-Za-z一二三四五六七八九十]+(\+[\dA-Za-z一二三四五六七八九十]+)+$/;
/**
 * A quoted run of counted parts is a programme's shorthand too: “四清两调查”, “两不愁三保障”,
 * “三提三效”, “一项目一清单”. Two to four parts, each a numeral and one to three other
 * characters; one counted part alone (“四个意识”, “一盘棋”) is a slogan or a phrase.
 */
const COUNTED_PARTS = /^(?:[一二两三四五六七八九十][^一二两三四五六七八九十\d“”、，,]{1,3}){2,4}$/;
/**
 * Parts joined by + with no count among them name who works with whom or which sectors
 * combine (“企业+基地+农户”模式, “生态+品牌”, “村集体+合作社+农户”发展模式): an arrangement,
 * not a programme, unless a campaign's head names it (“互联网+政务服务”行动) or it is one of the
 * national “互联网+” family (the State Council's 2015 guidance: “互联网+现代农业”).
 */
const WORD_CHAIN = /^[\u4e00-\u9fa5]{1,8}(?:\+[\u4e00-\u9fa5]{1,8})+$/;
const CHAIN_CAMPAIGN = /^(?:“[^“”]*”)*等?[\u4e00-\u9fa5]{0,4}?(?:行动|战略|改革|工程|计划)/;
/** Two short halves of a programme's name split by a comma: “红黑榜,月月评”活动. */
const COMMA_HALVES = /^[^，,、]{2,8}[，,][^，,、]{2,8}$/;
/** The heads of a campaign after such halves; a brand (“某某之乡,某某小镇”品牌) is a slogan. */
const COMMA_HEAD = /^(?:专项行动|行动|活动|工程|机制|模式|制度)/;
/**
 * Frames of a place's guiding layout after a run of parallel phrases: its spatial structure,
 * the pattern of its governance, its guiding thought, a superior's strategic plan. Not a goal
 * (的发展目标) nor a mere frame of work (为工作统揽), which carry slogans of what to become.
 */
const FRAMED_LAYOUT = /^(?:的|为)?[\u4e00-\u9fa5]{0,4}?(?:格局|指导思想|空间结构|战略部署)/;
const NAMED_HEADS = new Set([
  '发展战略',
  '战略',
  '三年行动计划',
  '行动计划',
  '专项行动',
  '专项整治',
  '三年行动',
  '行动',
  '计划',
  '改革',
  '工程',
  '综合治理',
  '创新区',
  '普法',
]);
/**
 * Quoted words that are a programme on their own: “武进英才计划”, “红柳党建”, “131星模式”,
 * a year declared the year of a campaign (“项目攻坚年”, “营商环境提升年”, “招商引资突破年活动”),
 * and a drive of a set time or a contest between units (“百日攻坚”, “百日会战”, “项目大比武”).
 */
const OWN_HEAD =
  /(计划|战略|行动|党建|模式|改革|试点|品牌|制|体系|工程|工作法|.{2,}(?:突破|提升|攻坚|推进|建设|提质|落实|深化|领跑|奋进|跨越|冲刺)年(?:活动)?|.{2,}(?:攻坚|攻坚战|会战|竞赛|大比武|擂台赛))$|^.{2}融合$/;

/**
 * The head after a run of parallel phrases, when it makes the run a programme: not 建设
 * (“甲城、乙城”建设 is a slogan of what to become), and only a few words away.
 */
function pairedProgrammeHead(after: string): boolean {
  const head = AFTER.exec(after.replace(/^(?:的|为)/, ''));
  return head !== null && head[2] !== '建设' && !/[的和与]/.test(head[1] ?? '');
}

/**
 * Some pages quote with single marks at the outer level (‘生态立镇、工业兴镇’战略): read them
 * as double ones there. Inside double quotes they are the inner quotes and stay. The length
 * is unchanged, so offsets hold.
 */
function singleQuotesAsDouble(text: string): string {
  // Most sentences hold no single quote: the copy below would be the text itself.
  if (!text.includes('‘') && !text.includes('’')) return text;
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '“') depth += 1;
    if (c === '”') depth = Math.max(0, depth - 1);
    out += depth === 0 && c === '‘' ? '“' : depth === 0 && c === '’' ? '”' : c;
  }
  return out;
}

/**
 * The quotes a count before a head counts: the run ending at `runEnd` and the quotes joined
 * to it by 和, 与, 及 or 、 before it.
 */
function countedItems(
  text: string,
  quotes: RegExpExecArray[] | RegExpMatchArray[],
  at: { from: number; runEnd: number },
): NameSpan[] {
  const spans = quotes.map((q) => ({ name: q[0], start: q.index ?? 0, end: (q.index ?? 0) + q[0].length }));
  let first = at.from;
  while (first > 0 && /^[和与及、]?$/.test(text.slice(spans[first - 1]?.end ?? 0, spans[first]?.start ?? 0)))
    first -= 1;
  return spans.filter((s, k) => k >= first && s.end <= at.runEnd);
}

/**
 * Quoted programme rule: a quoted phrase followed by a programme head, or ending in one.
 * Example: 抓好“四好农村路”建设；巩固提升“一站式”“一件事一次办”等改革成效。
 */
export function quotedProgrammes(written: string): QuotedProgramme[] {
  // Every reading starts at a quotation mark: a sentence with none holds no quoted name.
  if (!written.includes('“') && !written.includes('‘')) return [];
  const text = singleQuotesAsDouble(written);
  const found: QuotedProgramme[] = [];
  // A run of parallel phrases (“甲甲、乙乙、丙丙”) may be longer than a single name.
  const quotes = [...text.matchAll(/“([^“”]{1,16}|[^“”]{1,24}、[^“”]{1,24})”/g)].filter(
    (q) => (q[1] ?? '').length <= 24,
  );
  for (let i = 0; i < quotes.length; i += 1) {
    const q = quotes[i];
    if (!q || q.index === undefined) continue;
    const content = q[1] ?? '';
    const start = q.index;
    const end = start + q[0].length;
    if (WORD_CHAIN.test(content) && !content.startsWith('互联网+') && !CHAIN_CAMPAIGN.test(text.slice(end)))
      continue;
    // One inner space is part of a slogan (“万企联万村 共走振兴路”); clause punctuation is not,
    // except a 、 between two halves of a campaign named by its head (“不忘初心、牢记使命”主题教育).
    // So is a run of parallel phrases right before a programme head: “大招商、招大商”行动,
    // “一核引领、四轮驱动”发展布局, “一个项目、一套方案”的服务推进机制.
    // So is such a run framed as a place's guiding layout (“三湾三轴、三心三片”的空间结构, “甲、乙”
    // 为指导思想, “甲提升,优先提升乙”的战略部署, “党建引领、政府推进”的社区共治格局).
    const pairedHead =
      ((/、/.test(content) || (COMMA_HALVES.test(content) && COMMA_HEAD.test(text.slice(end)))) &&
        (/^(主题教育|学习教育|专题教育|监管|活动)/.test(text.slice(end)) ||
          pairedProgrammeHead(text.slice(end)))) ||
      ((/、/.test(content) || COMMA_HALVES.test(content)) && FRAMED_LAYOUT.test(text.slice(end)));
    // “招商引资突破年、项目推进加速年”: a quoted list whose every item is a programme by its own
    // head names as many programmes.
    const items = content.split('、');
    if (
      !pairedHead &&
      items.length > 1 &&
      items.every(
        (item) =>
          item.length >= 4 && (OWN_HEAD.test(item) || YEAR_CAMPAIGN_HEADS.some((h) => item.endsWith(h))),
      )
    ) {
      let from = start + 1;
      for (const item of items) {
        found.push({
          span: { name: item, start: from, end: from + item.length },
          name: item,
          aliases: [],
          rule: 'programme.quoted-list',
        });
        from += item.length + 1;
      }
      continue;
    }
    if ((/[，,。；;、：:！？]|\s{2,}/.test(content.trim()) && !pairedHead) || content.trim().length < 2)
      continue;
    // “一站式”“一件事一次办”等改革: the head stands after the last quote of a run.
    let runEnd = end;
    for (let j = i + 1; quotes[j] && /^\s*$/.test(text.slice(runEnd, quotes[j]?.index)); j += 1)
      runEnd = (quotes[j]?.index ?? 0) + (quotes[j]?.[0] ?? '').length;
    const after = text.slice(runEnd).replace(/^等/, '');
    const head =
      runEnd === end
        ? (AFTER.exec(after) ?? AFTER_EVENT.exec(after))
        : AFTER.exec(text.slice(runEnd).replace(/^等/, ''));
    // “项目攻坚突破”和“全域争先进位”两大行动: the count before the head counts the quoted
    // names, each a campaign of that head.
    if (head && /^[两二三四五六七八九十][大项个]$/.test(head[1] ?? '') && NAMED_HEADS.has(head[2] ?? '')) {
      for (const item of countedItems(text, quotes, { from: i, runEnd }))
        found.push({
          span: item,
          name: `${item.name.slice(1, -1)}${head[2] ?? ''}`,
          aliases: [],
          rule: 'programme.quoted-counted',
        });
      continue;
    }
    // “四好农村路”提档升级工程 is works named after a programme: a project, not the programme.
    const works = head?.[2] === '工程' && (head[1] ?? '') !== '';
    // “某某”富硒品牌, “某某”全民健身品牌: a product's or an event's brand is a label, not a
    // programme; a brand of work (“某某”党建品牌, “某某”营商环境品牌) is one.
    if (head?.[2] === '品牌' && !/党建|治理|志愿|文明|营商|政务|人才|服务/.test(head[1] ?? '')) continue;
    if (head && /活动$/.test(head[2] ?? '')) {
      const headEnd = runEnd + (text.slice(runEnd).length - after.length) + head[0].length;
      // “某某”志愿服务活动5场: events counted as held, not a programme; “某某”等特色活动: one
      // example of a kind of activity, the kind named after 等 (a run of quotes before 等系列活动
      // names the series' campaigns).
      if (
        /^\d+余?(?:场|次|期|轮)/.test(text.slice(headEnd)) ||
        (runEnd === end &&
          !/”\s*$/.test(text.slice(0, start)) &&
          text.slice(end).startsWith('等') &&
          (head[1] ?? '') !== '')
      )
        continue;
    }
    if (head && !works && !/[的和与为是]/.test(head[1] ?? '') && !MARKETING.test(head[1] ?? '')) {
      const headWord = head[2] ?? '';
      const full = `${q[0]}${head[1] ?? ''}${headWord}`;
      if (
        runEnd === end &&
        !text.slice(end).startsWith('等') &&
        (NAMED_HEADS.has(headWord) || FORMULA_HEADS.test(headWord))
      ) {
        const from = nameStart(text, {
          suffixStart: start,
          maxLength: 24,
          end: end + full.length - q[0].length,
          verbsEnd: true,
        });
        const lead =
          from !== null && from < start
            ? text.slice(Math.min(start, stripLeading(text, { from, limit: start + 1 })), start)
            : '';
        // 坚定“某某”战略, 规划“某某”总体布局: a verb before the quote acts on the programme.
        const verbLead =
          lead !== '' &&
          /^(?:坚定|坚持|规划|实施|推进|深化|落实|打造|构建|推动|围绕|聚焦|按照|依托|立足|践行|贯彻|全面|深入|大力)+$/.test(
            lead,
          );
        // 推行“某某”体系 read from 行: one character left of a word is a fragment, not a modifier.
        const ownLead = verbLead || lead.length === 1 ? '' : lead;
        const spanStart = start - ownLead.length;
        const name = `${ownLead}${full}`;
        const tail = /^建设战略|^建设/.exec(text.slice(end + full.length - q[0].length));
        const aliases = tail ? [`${name}${tail[0]}`] : [];
        // The quoted words alone are the programme's short name (“强二优三”战略 is 强二优三), and
        // the quote with its head is the name without the words before it (农村“三变”改革).
        aliases.push(content);
        if (ownLead) aliases.push(full);
        found.push({
          span: { name, start: spanStart, end: start + full.length },
          name,
          aliases,
          rule: 'programme.quoted-head',
        });
      } else {
        // “1+4+N”改革模式 is also written “1+4+N”改革: the named head inside the longer one.
        const inner = [...NAMED_HEADS].find(
          (h) => headWord.startsWith(h) && headWord !== h && !(head[1] ?? ''),
        );
        const aliases = inner ? [full, `${q[0]}${inner}`] : [full];
        found.push({
          span: { name: q[0], start, end },
          name: content,
          aliases,
          rule: 'programme.quoted-head',
        });
      }
      continue;
    }
    if (OWN_HEAD.test(content) || FORMULA.test(content) || COUNTED_PARTS.test(content) || pairedHead)
      found.push({ span: { name: q[0], start, end }, name: content, aliases: [], rule: 'programme.quoted' });
  }
  if (text === written) return found;
  // Names and spans keep the marks as written.
  return found.map((f) => {
    const converted = f.span.name;
    const original = written.slice(f.span.start, f.span.end);
    const restore = (form: string) =>
      form.startsWith(converted) ? original + form.slice(converted.length) : form;
    return {
      ...f,
      span: { ...f.span, name: original },
      name: restore(f.name),
      aliases: f.aliases.map(restore),
    };
  });
}
