import type { NameSpan } from './name-scan';

/**
 * Shapes of a zone-headed phrase that describe a kind of area, an office or a goal rather
 * than name one zone. Each family comes from county and town reports and project news:
 * the era a text speaks of (谱写好新时代高新区…的篇章), a distributive before a bare head
 * (逐园区观摩), a count (两产业园), an office inside a department (省农业农村厅产业园办公室),
 * the city as a whole (城市活力商圈), and two heads paired as a slogan (老街区小商圈).
 */

/** Words of an era or a stage: 新时代高新区 speaks of every zone in the new era, not of one. */
const ERA = /新时代|新征程|新阶段|新常态|新篇章/;
/** 逐园区, 各园区, 每个园区: a distributive before the head goes over zones one by one. */
const DISTRIBUTIVE_END = /(?:逐|各|每个?)$/;
/** 两产业园, 三园区: a count as the last word before the head says how many, not which. */
const COUNT_END = /[两三四五六七八九十\d]$/;
/** 政务服务进园区: a verb of going in before the head says what comes to parks. */
const MOTION_END = /[进入]$/;
/** 某某厅产业园(办公室), 某某局园区: a department before the head makes the phrase one of its units. */
const DEPARTMENT_END = /(?:厅|局|委员会|委|办)$/;
/**
 * 城市活力商圈, 城区老旧片区, 县域开发区: the city, its old quarters or a whole division's
 * territory before a head is a kind of district, or every zone of that territory.
 */
const CITY_START = /^(?:城市|城区|老城区?|[县市镇区乡省]域|全域)|老旧/;
/** 中部环保工业园, 西部农业园区: a part of a layout (东部, 中部) and what it is for name a sector. */
const SECTOR = /^[东南西北中]部/;
/** 老街区小商圈: a second zone head inside the body pairs two kinds as a slogan. */
const INNER_HEAD = /^[\u4e00-\u9fa5]?(?:街区|商圈|园区|片区)[\u4e00-\u9fa5]?$/;

/** True when the words before the head describe zones in general rather than name one. */
export function isDescribedKind(body: string): boolean {
  const plain = body.replace(/[“”‘’"\s]/g, '');
  return (
    ERA.test(plain) ||
    DISTRIBUTIVE_END.test(plain) ||
    COUNT_END.test(plain) ||
    MOTION_END.test(plain) ||
    DEPARTMENT_END.test(plain) ||
    CITY_START.test(plain) ||
    INNER_HEAD.test(plain) ||
    // 北部新城道口片区: a named town or landform after the part keeps the name.
    (SECTOR.test(plain) &&
      plain.length > 2 &&
      plain.length <= 6 &&
      !/[城区山河湖湾岛港道口]/.test(plain.slice(2)))
  );
}

/** 打造民国风情街区, 构建城市活力商圈: a verb of making right before the span names a goal. */
const MAKING_BEFORE = /(?:打造|构造|构建|营造)$/;

/**
 * True when a verb of making stands right before a zone whose body names no place: the text
 * says what kind of area is to be built, which is a plan, not a zone in place.
 */
export function isMadeKind(text: string, span: NameSpan, namesPlace: boolean): boolean {
  const before = text.slice(Math.max(0, span.start - 3), span.start).replace(/[“"]$/, '');
  return !namesPlace && MAKING_BEFORE.test(before);
}

/** 某某产业园办公室, 某某园区办: the office of a park's administration, a body's unit. */
export function isOfficeAfter(text: string, span: NameSpan): boolean {
  return /^(?:办公室|办)/.test(text.slice(span.end));
}

/**
 * 位于某某二桥东侧某某工业园: a landmark and a side of it inside the span say where the zone
 * lies; the zone's name is what follows the last such word, when enough of it is left.
 */
const SIDE = /^.*(?:[东南西北两]侧|以[东南西北]|附近|对面|旁边|一带)/;

export function afterLandmark(span: NameSpan): NameSpan {
  const m = SIDE.exec(span.name);
  if (!m || span.name.length - m[0].length < 4) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * 鼓励返乡农民工、退伍军人等各类人才到园区创业: the words between 等 and a park head hold
 * people or a verb of going, so the list is of people who come to a park, not of parks.
 */
export function isListOfComers(head: string): boolean {
  // 有机果蔬、生态旅游等各类农业示范园区: a list before 各类 is of kinds of park, not of parks.
  return /[到向赴在]|进入|人才|人员|群体|企业家|各类|各种|多种/.test(head);
}

/**
 * 以某某园为核心的农副产品深加工园区, 集种植加工于一体的产业园: a clause defining the area by its
 * core or its functions describes what kind of area it is.
 */
const DEFINING_BEFORE =
  /(?:以[^，,。；;]{1,16}为(?:核心|主体|主导|重点|龙头|依托|支撑|主)|集[^，,。；;]{1,20}于一体)的$/;

export function isDefinedKind(text: string, span: NameSpan): boolean {
  // 以某镇为核心的国家某某示范园: a park of a national or provincial scheme is named by its rank.
  if (/^(?:国家|全国|省级|省)/.test(span.name)) return false;
  return DEFINING_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
}
