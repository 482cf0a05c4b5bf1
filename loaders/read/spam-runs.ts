/**
 * Gambling spam injected into defaced pages, found as maximal runs of spam vocabulary:
 * 欢迎访问澳门现金赌场人民政府网站 holds the run 澳门现金赌场 (澳门 + 现金 + 赌场).
 */

/** Words that are spam wherever they stand (or nearly: see CRACKDOWN). */
// prettier-ignore
const ANCHORS = [
  '赌场', '赌博', '博彩', '娱乐城', '娱乐场', '现金网', '百家乐', '老虎机', '真人娱乐', '葡京', '新葡京',
  '威尼斯人', '亚冠娱乐', 'bet365', '体育投注', '六合彩', '时时彩', '赌球', '网赌', '赌钱', '彩金',
  '投注网', '轮盘', '炸金花', '德州扑克', '娱乐平台', '线上娱乐', '电子游艺', '太阳城', '金沙娱乐',
  '永利娱乐', '皇冠体育', '注册送', '首存',
];
/** Words that are ordinary alone (娱乐 in 商业、娱乐、旅游; 现金 in 非现金结算) and spam only together. */
// prettier-ignore
const WEAK = [
  '澳门', '现金', '真人', '亚冠', '娱乐', '彩票', '棋牌', '官网', '开户', '注册',
  '在线', '网上', '线上', '手机版', '皇冠', '金沙', '永利', '体育', '平台', '网址',
];
/** A run of weak words is spam only when one of them names the trade: 澳门现金, 澳门亚冠娱乐. */
const MARKERS = new Set(['澳门', '现金', '真人', '亚冠', '皇冠', '金沙', '永利']);
/** Words about gambling that reports use legitimately, e.g. 严厉打击赌博违法犯罪活动. */
const DISCOURSE = new Set(['赌博', '赌场', '赌球', '网赌', '赌钱', '彩票', '棋牌']);
const CRACKDOWN_BEFORE = /(打击|严打|禁|查处|整治|取缔|聚众|涉|参与|防范|远离)$/;
const CRACKDOWN_AFTER = /^(违法|犯罪|活动|行为|案件|专项|窝点|团伙|问题)/;

const TERMS = [...ANCHORS, ...WEAK].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(TERMS.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
const ANCHOR_SET = new Set(ANCHORS.map((term) => term.toLowerCase()));

export interface SpamRun {
  start: number;
  end: number;
  text: string;
}

export function findSpamRuns(text: string): SpamRun[] {
  const runs: { start: number; end: number; terms: string[] }[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = runs[runs.length - 1];
    if (last && last.end === start) {
      last.end = end;
      last.terms.push(match[0].toLowerCase());
    } else runs.push({ start, end, terms: [match[0].toLowerCase()] });
  }
  return runs
    .filter((run) => isSpam(text, run))
    .map((run) => ({ start: run.start, end: run.end, text: text.slice(run.start, run.end) }));
}

function isSpam(text: string, run: { start: number; end: number; terms: string[] }): boolean {
  const [only] = run.terms;
  if (run.terms.length === 1 && only !== undefined && DISCOURSE.has(only)) {
    const before = text.slice(Math.max(0, run.start - 4), run.start);
    const after = text.slice(run.end, run.end + 4);
    if (CRACKDOWN_BEFORE.test(before) || CRACKDOWN_AFTER.test(after) || !ANCHOR_SET.has(only)) return false;
  }
  if (run.terms.some((term) => ANCHOR_SET.has(term))) return true;
  return run.terms.length >= 2 && run.terms.some((term) => MARKERS.has(term));
}
