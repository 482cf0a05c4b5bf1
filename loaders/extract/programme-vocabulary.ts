import type { ProgrammeLevel } from '../../schema/model';
import { stripLeading, type NameSpan } from './name-scan';
import { tokenize } from './name-segment';
import vocabulary from './programme-vocabulary.json';
import { FormIndex } from './form-index';

/** A programme found by the vocabulary or by a general pattern, with the level it is known at. */
export interface KnownProgramme {
  span: NameSpan;
  name: string;
  aliases: string[];
  level: ProgrammeLevel | null;
  rule: string;
}

interface Entry {
  name: string;
  level: ProgrammeLevel | null;
  aliases?: string[];
}

const ENTRIES = vocabulary.programmes as Entry[];
/** Every written form of an entry, quotes taken off, to the entry. */
const BY_FORM = new Map(
  ENTRIES.flatMap((entry) =>
    [entry.name, ...(entry.aliases ?? [])].map((form) => [form.replace(/[“”]/g, ''), entry] as const),
  ),
);

/**
 * The vocabulary's entry for a name another rule found (a quoted “百县千镇万村高质量发展工程”
 * is the entry 百千万工程): one programme under its own name and level, however it is written.
 */
export function vocabularyEntry(
  name: string,
): { name: string; aliases: string[]; level: ProgrammeLevel | null } | null {
  const entry = BY_FORM.get(name.replace(/[“”]/g, ''));
  if (!entry) return null;
  return { name: entry.name, aliases: entry.aliases ?? [], level: entry.level };
}
/** Every written form, longest first, so that 乡村振兴战略 wins over 乡村振兴. */
const FORMS = ENTRIES.flatMap((entry) =>
  [entry.name, ...(entry.aliases ?? [])].map((form) => ({ form, entry })),
).sort((a, b) => b.form.length - a.form.length);
/** The forms found in one pass over a sentence (form-index.ts), in the order above. */
const FORM_INDEX = new FormIndex(FORMS.map((f) => f.form));

/** Five-year plans: 十四五, 十五五规划, “十四五”时期, and in full 第十四个五年规划. */
const FIVE_YEAR = /(?:第十([一二三四五六七八九])个五年规划|十([一二三四五六七八九])五(规划)?)/g;
/**
 * Year campaigns: a year declared the year of something (招商引资突破年, 营商环境提升年).
 * The words before the head are found by `scanSuffixNames` in programmes.ts.
 */
export const YEAR_CAMPAIGN_HEADS = [
  '突破年',
  '提升年',
  '攻坚年',
  '推进年',
  '建设年',
  '提质年',
  '落实年',
  '深化年',
  // Further heads of the same family in the provinces' reports (营商环境优化年, 作风效能
  // 提升年, 干部作风转变年, 项目建设提速年): a verb of improvement and 年.
  '服务年',
  '效能年',
  '优化年',
  '提速年',
  '加速年',
  '决胜年',
  '创优年',
  '赶超年',
  '争先年',
  '实干年',
  '转变年',
  '改进年',
  '见效年',
  '规范年',
  '活动年',
  // Years of leading, striving and leaping forward (“双高发展领跑年”, 项目建设奋进年).
  '领跑年',
  '奋进年',
  '跨越年',
  '冲刺年',
];
/** Responsibility systems of the river-chief family: 河长制, 路长制, 林长制. */
const CHIEF_SYSTEM = /([河湖林田路山街楼园网链])长制/g;
/** Returning-investor campaigns of the provinces: 浙商回归, 湘商回归, 浙(湖)商回归. */
const RETURN = /[\u4e00-\u9fa5](?:[（(][\u4e00-\u9fa5][)）])?商回归/g;
/**
 * Numbered campaigns: 八大行动, 五大战略, 六个攻坚, 三个聚焦, 五大抓手, “三个建设”, and the battles of a set of
 * fronts, the count often quoted (四大攻坚战, “三大”攻坚战).
 */
const NUMBERED =
  /(?<![一二三四五六七八九十百千\d第])“?[一二三四五六七八九十两](?:大|个)”?(?:专项行动|行动|战略|工程|攻坚战|攻坚|聚焦|聚力|提升|突破|重点任务|抓手|建设)(?![\u4e00-\u9fa5])/g;
/** The numeral and 大 or 个 every match of NUMBERED holds. */
const NUMBERED_COUNT = /[一二三四五六七八九十两][大个]/;
/**
 * National censuses, each a nationwide campaign of its own: 第四次全国经济普查, 第七次全国
 * 人口普查, 第三次全国国土调查, 第五次全国文物普查.
 */
const CENSUS = /第[一二三四五六七八九十]{1,2}次全国[\u4e00-\u9fa5]{1,6}?(?:普查|调查)/g;
/**
 * Layouts named by a run of numbered parts: 一核两翼三支点, 两园一埠一商圈. Three or more
 * parts, each a numeral and one or two characters, between clause boundaries.
 */
const NUMERAL_RUN =
  /(?<![一二三四五六七八九十百千\d第])(?:[一二两三四五六七八九十][^一二两三四五六七八九十\s，,。；;、“”‘’（）()\d]{1,2}){3,5}(?=[，,。；;、”’]|格局|布局|战略|体系|建设|发展|$)/g;
/** Two numerals one or two characters apart, as the first two parts of every NUMERAL_RUN. */
const NUMERAL_PAIR = /[一二两三四五六七八九十][^一二两三四五六七八九十]{1,2}[一二两三四五六七八九十]/;

/**
 * Regional integration strategies named by the places they join (某某一体化发展, 某某同城化
 * 发展, 某某一体化协同发展): a national and provincial family (长三角一体化, 成德眉资同城化).
 * The verbs before it are not the name, and a scope word (区域, 产业, 城乡) before the head names no places.
 */
const INTEGRATION = /([\u4e00-\u9fa5]{2,8})(?:一体化|同城化)(?:协同|高质量)?发展/g;
const SCOPE = /(?:区域|产业|全域|深度|城乡|产城|镇村|一体|融合|协同|高质量)$/;

function integrations(text: string): NameSpan[] {
  const found: NameSpan[] = [];
  // INTEGRATION tries a run of characters at every position: only where its head stands.
  if (!text.includes('一体化') && !text.includes('同城化')) return found;
  for (const m of text.matchAll(INTEGRATION)) {
    const at = m.index ?? 0;
    const bodyEnd = at + (m[1] ?? '').length;
    let start = stripLeading(text, { from: at, limit: bodyEnd - 1 });
    // 服务甬台温…: a verb or an adverb the lexicon does not list still opens the clause.
    for (const token of tokenize(text.slice(start, bodyEnd))) {
      if (!/^[vdpc]/.test(token.tag) || bodyEnd - start - token.word.length < 2) break;
      start += token.word.length;
    }
    const body = text.slice(start, bodyEnd);
    // The places joined are a few characters of short names (长三角, 成德眉资); more is a clause.
    if (body.length < 2 || body.length > 6 || SCOPE.test(body) || /[的和与及在]/.test(body)) continue;
    found.push({ name: text.slice(start, at + m[0].length), start, end: at + m[0].length });
  }
  return found;
}

function overlapsAny(found: readonly KnownProgramme[], start: number, end: number): boolean {
  return found.some((f) => f.span.start < end && start < f.span.end);
}

/**
 * Programmes a sentence cites by a known name: the national and provincial vocabulary,
 * five-year plans and the river-chief family.
 * Example: 围绕十四五规划目标，全面推行林长制，推进乡村振兴。
 */
export function knownProgrammes(text: string): KnownProgramme[] {
  const found: KnownProgramme[] = [];
  for (const hit of FORM_INDEX.separateHits(text)) {
    const { form, entry } = FORMS[hit.index] as (typeof FORMS)[number];
    const { at } = hit;
    const end = at + form.length;
    // “不忘初心、牢记使命”主题教育: after a quote the form is the head of the quoted name.
    if (overlapsAny(found, at, end) || text[at - 1] === '”') continue;
    found.push({
      span: { name: form, start: at, end },
      name: entry.name,
      aliases: [entry.name, ...(entry.aliases ?? [])].filter((a) => a !== entry.name),
      level: entry.level,
      rule: 'programme.vocabulary',
    });
  }
  // Both readings of a five-year plan hold 五.
  for (const m of text.includes('五') ? text.matchAll(FIVE_YEAR) : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (overlapsAny(found, start, end)) continue;
    const name = `十${m[1] ?? m[2] ?? ''}五`;
    found.push({
      span: { name: m[0], start, end },
      name,
      aliases: [`${name}规划`],
      level: 'NATIONAL',
      rule: 'programme.five-year-plan',
    });
  }
  for (const m of text.includes('长制') ? text.matchAll(CHIEF_SYSTEM) : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (overlapsAny(found, start, end)) continue;
    found.push({
      span: { name: m[0], start, end },
      name: m[0],
      aliases: [],
      level: null,
      rule: 'programme.chief-system',
    });
  }
  const patterns: [RegExp, string, ProgrammeLevel | null][] = [
    [RETURN, 'programme.investor-return', null],
    [NUMBERED, 'programme.numbered', null],
    [NUMERAL_RUN, 'programme.numeral-run', null],
    [CENSUS, 'programme.census', 'NATIONAL'],
  ];
  for (const [re, rule, level] of patterns) {
    // RETURN and NUMBERED try a character or a lookbehind at every position: only where
    // the words their matches need stand.
    if (re === RETURN && !text.includes('商回归')) continue;
    if (re === NUMBERED && !NUMBERED_COUNT.test(text)) continue;
    if (re === NUMERAL_RUN && !NUMERAL_PAIR.test(text)) continue;
    if (re === CENSUS && !text.includes('次全国')) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlapsAny(found, start, end)) continue;
      // “三大”攻坚战: the marks around the count are not part of the name.
      const name = m[0].replace(/[“”]/g, '');
      // “三个建设” opens its mark before the count and closes it after the head.
      const written = m[0].endsWith('”') || !m[0].startsWith('“') ? m[0] : `${m[0]}”`;
      const aliases = name !== m[0] ? [written] : [];
      found.push({ span: { name: m[0], start, end }, name, aliases, level, rule });
    }
  }
  for (const span of integrations(text)) {
    if (overlapsAny(found, span.start, span.end)) continue;
    found.push({ span, name: span.name, aliases: [], level: null, rule: 'programme.integration' });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
