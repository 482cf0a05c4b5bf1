import type { DocumentContext, EntityMention, Sentence } from '../types';
import { entityMention } from './name-mention';

/**
 * The stems of government departments, as the State Council's and local governments'
 * organisation charts name them, in their full and their usual short forms (发展和改革 →
 * 发改, 文化和旅游 → 文旅). General knowledge of how Chinese administration is organised,
 * not names gathered from any document.
 */
const DEPARTMENT_STEMS = [
  '发展和改革',
  '发展改革',
  '发改',
  '工业和信息化',
  '工信',
  '经济和信息化',
  '经信',
  '经济发展',
  '经发',
  '商务',
  '财政',
  '科技',
  '科学技术',
  '教育',
  '公安',
  '民政',
  '司法',
  '人力资源和社会保障',
  '人社',
  '自然资源和规划',
  '自然资源',
  '规划和自然资源',
  '生态环境',
  '环保',
  '住房和城乡建设',
  '住建',
  '城乡建设',
  '交通运输',
  '交通',
  '水利',
  '水务',
  '农业农村',
  '农业',
  '农业农村和水利',
  '农机',
  '网信',
  '文化和旅游',
  '文化广电和旅游',
  '文广旅',
  '文旅',
  '卫生健康',
  '卫健',
  // The health and family-planning commissions and bureaus before the 2018 reform (卫生和计划生育
  // 委员会, 县卫计局, 镇计生办).
  '卫生和计划生育',
  '卫生计生',
  '卫计',
  '人口和计划生育',
  '计划生育',
  '计生',
  '应急管理',
  '应急',
  '市场监督管理',
  '市场监管',
  '审计',
  '统计',
  '税务',
  '医疗保障',
  '医保',
  '林业',
  '林业和草原',
  '城市管理',
  '城管',
  '综合行政执法',
  '行政审批',
  '行政审批服务',
  '退役军人事务',
  '国有资产监督管理',
  '国资',
  '商务和投资促进',
  '投资促进',
  '投促',
  '大数据',
  '数据',
  '能源',
  '粮食和物资储备',
  '气象',
  '药监',
  '药品监督管理',
  '外事',
  '侨务',
  '民族宗教',
  '信访',
  '乡村振兴',
  '经济服务',
  '社会事业',
  '规划建设',
  '财政和金融',
];

/** Heads of a department's name: ministry, provincial department, bureau, commission, office. */
const DEPARTMENT_HEADS = ['委员会', '部', '厅', '局', '委', '办公室', '办'];

/** Flood-control headquarters are called by fixed short forms: 国家防总, 省防指. */
const FIXED_BODIES = ['防汛抗旱总指挥部', '防汛抗旱指挥部', '防总', '防指'];

/** National bodies named without any level in front. */
const NATIONAL_BODIES = ['国务院', '全国人大常委会', '全国人大', '全国政协'];

/** The level a body belongs to, written before it: 省工信厅, 区文旅局, 镇经发办, 国家发改委. */
const LEVEL = '(?:国家|自治区|省|市|州|盟|县|区|旗|镇|乡|街道)';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as one regex alternation, longest first so a longer word wins over its prefix. */
export const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/**
 * A department's name: its level or place, a stem, a head. 公 after the head is 办公 (办公室
 * is a head of its own), unless it opens the body's act (商务部公布, 某局公告). A role after it (局长, 主任)
 * makes the phrase a person's title, which the people rule reads.
 */
const STEMS = alternatives(DEPARTMENT_STEMS);
/** Offices of two portfolios join their stems, with or without 和: 规划建设和生态环境办公室, 水利农机局. */
const DEPARTMENT = new RegExp(
  `(${LEVEL})?((?:${STEMS})(?:和?(?:${STEMS}))*)(${alternatives(DEPARTMENT_HEADS)})(?![门面势理法学事好实结长]|公(?![布告示开])|主任|书记|副|党组|委员|干部|[\u4e00-\u9fa5]{0,2}(?:科长|处长))`,
  'g',
);
/** A character every department's head holds, and every flood-control body's name. */
const DEPARTMENT_CHAR = /[委部厅局办]/;
const FIXED_CHAR = /防/;
const FIXED = new RegExp(`(${LEVEL})?(${alternatives(FIXED_BODIES)})`, 'g');
/** 十三届全国人大一次会议 is a session, not the body acting. */
const NATIONAL = new RegExp(
  `(?<!届)(?:${alternatives(NATIONAL_BODIES)})(?!办公厅|新闻办|[一二三四五六七八九十\\d]+次|[\u4e00-\u9fa5]{0,3}(?:总理|委员|代表))`,
  'g',
);

/** The written place forms of a document, longest first. */
/** The document's place names and short forms of two characters or more, longest first. */
export function placeForms(ctx: DocumentContext): readonly string[] {
  // Asked for every sentence; the forms depend on the document alone.
  const known = PLACE_FORMS.get(ctx.places);
  if (known) return known;
  const forms = Object.freeze(
    [...new Set(ctx.places.places.flatMap((p) => [p.name, ...p.aliases]))]
      .filter((form) => form.length >= 2)
      .sort((a, b) => b.length - a.length),
  );
  PLACE_FORMS.set(ctx.places, forms);
  return forms;
}

const PLACE_FORMS = new WeakMap<DocumentContext['places'], readonly string[]>();

/** The place written right before `at`, if any: 温江区 of 温江区农业农村局. */
function placeBefore(text: string, at: number, forms: readonly string[]): string | null {
  return forms.find((form) => text.slice(Math.max(0, at - form.length), at) === form) ?? null;
}

/**
 * Department rule: a government department named as an actor, by its level or its place
 * and a stem of the administration's organisation chart.
 * Example: 经区发改委批复，柳溪镇经发办会同温江区农业农村局和科技部专家组开展调研。
 */
export function departmentMentions(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const forms = placeForms(ctx);
  const found: EntityMention[] = [];
  const text = sentence.text;
  for (const re of [DEPARTMENT, FIXED]) {
    // Each match holds one of a few characters: most sentences hold none of them.
    if (!(re === DEPARTMENT ? DEPARTMENT_CHAR : FIXED_CHAR).test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (m.index === undefined) continue;
      const level = m[1] ?? '';
      const bodyStart = m.index + level.length;
      // The place may carry the level itself (温江区 + 农业农村局) or stand before it (柳溪 + 镇经发办).
      const own = level ? placeBefore(text, bodyStart, forms) : null;
      const place = own && own.length > level.length ? own : placeBefore(text, m.index, forms);
      const start = place ? (place === own ? bodyStart : m.index) - place.length : m.index;
      const body = m[0].slice(level.length);
      // A short stem alone (财政局, 公安部 are fine; 数据局, 交通委 need a level) names too little.
      const head = re === DEPARTMENT ? (m[3] ?? '') : '';
      const alone = !level && !place;
      if (alone && re === DEPARTMENT && head !== '部' && body.length < 5) continue;
      if (alone && re === FIXED && body.length < 4) continue;
      const end = m.index + m[0].length;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: { name: text.slice(start, end), start, end },
          rule: 'institution.department',
          confidence: 0.7,
        }),
      );
    }
  }
  for (const m of text.includes('国') ? text.matchAll(NATIONAL) : []) {
    if (m.index === undefined) continue;
    const end = m.index + m[0].length;
    found.push(
      entityMention({
        label: 'Institution',
        sentence,
        span: { name: m[0], start: m.index, end },
        rule: 'institution.national',
        confidence: 0.7,
      }),
    );
  }
  return found;
}

/** A party committee with or without its government: 昆山市委, 临县县委、县政府, 某镇党委、政府. */
const COMMITTEE =
  /^(?:[省市州县区镇乡旗]?委|党委|党工委)(?![托派屈婉员])(?![\u4e00-\u9fa5]{0,4}(?:书记|常委|委员|组织部|宣传部|统战部|政法委|办公室|副|会议|全会|工作|扩大))((?:[、和]|暨)?[省市州县区镇乡旗]?(?:人民)?政府)?/;

/**
 * Committee rule: a place's party committee (and its government with it), named as the body
 * that leads; a title after it (书记) makes it part of a person's role instead.
 * Example: 在柳溪市委、市政府的正确领导下，柳溪镇党委、政府带领全镇干部群众攻坚克难。
 */
export function committeeMentions(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  const text = sentence.text;
  // Every form of every place of the document, ancestors too: 临县 may be known only as a
  // town's county and still be written before its committee.
  for (const form of placeForms(ctx)) {
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + form.length)) {
      const end = start + form.length;
      const m = COMMITTEE.exec(text.slice(end));
      if (!m || found.some((f) => f.span.start - sentence.start < end && start < f.span.end - sentence.start))
        continue;
      const name = text.slice(start, end + m[0].length);
      // 昆山市委、市政府: the committee alone is another name of the pair.
      const committee = m[1] ? text.slice(start, end + m[0].length - m[1].length) : null;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: { name, start, end: end + m[0].length },
          aliases: committee ? [committee, name.replace(/[、和]|暨/, '')] : [],
          rule: 'institution.committee',
          confidence: 0.7,
        }),
      );
    }
  }
  return found;
}

/** After a bare 政府, words that make it a report's, a budget's or an office's, not the body. */
const NOT_THE_BODY = /^(?:工作|投资|性|债|采购|引导|补贴|办(?![好理成结了])|部门|和社会)/;

/**
 * Own-body rule: a report says 镇人民政府, 镇政府, 镇卫生院 for the government or the clinic of
 * the town it is about; the mention names that town's body (a government as 某镇人民政府).
 * Example: 现在，我代表镇人民政府向大会报告工作，并投入资金用于镇卫生院改造。
 */
export function ownGovernmentMentions(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const primary = ctx.places.primary;
  if (!primary) return [];
  const found: EntityMention[] = [];
  // 柳溪镇人民政府 is read by the government rule; only the bare level after a clause break or
  // a function word is this rule's.
  const bare =
    /(?<=^|[^\u4e00-\u9fa5]|代表|用于|[在由和与及的是向对])([镇乡市县区])(人民政府|政府|卫生院|人民医院|中心小学|中心学校|中学|小学|幼儿园|敬老院|派出所|司法所|综合文化站|文化站)/g;
  for (const m of sentence.text.matchAll(bare)) {
    if (m.index === undefined || !primary.name.endsWith(m[1] ?? '')) continue;
    const after = sentence.text.slice(m.index + m[0].length);
    // 乡政府所在地, 镇政府驻地: the seat stands for a spot of the town; 镇政府工作报告,
    // 镇政府投资 name a report and a source of money, not the body acting.
    if (/^(?:所在地|驻地|大院|大楼|门前|旁|附近)/.test(after)) continue;
    // A bare 政府 is read for a town, and only as the speaker of its report (我代表镇政府向大会
    // 报告): elsewhere (镇政府成立专班) the body is not named, and a county's (县委、县政府)
    // is the leadership a town's report thanks.
    if (
      m[2] === '政府' &&
      (!/[镇乡]/.test(m[1] ?? '') ||
        !sentence.text.slice(0, m.index).endsWith('代表') ||
        NOT_THE_BODY.test(after))
    )
      continue;
    found.push(
      entityMention({
        label: 'Institution',
        sentence,
        span: { name: m[0], start: m.index, end: m.index + m[0].length },
        name: `${primary.name}${m[2] === '政府' ? '人民政府' : (m[2] ?? '')}`,
        aliases: [m[0]],
        rule: 'institution.own-government',
        confidence: 0.6,
      }),
    );
  }
  return found;
}
