import type { DocumentContext, EntityMention, Sentence } from '../types';
import { alternatives, placeForms } from './institution-bodies';
import { entityMention } from './name-mention';

/**
 * The service stations and offices of a town or a county, by the stems of the usual
 * organisation of grassroots government (the "七站八所" of a township: agricultural
 * extension, water, forestry and veterinary stations, culture stations, finance and land
 * offices, the police and justice offices, power-supply offices) and the service centres
 * every level runs (便民服务中心, 党群服务中心, 融媒体中心, 疾病预防控制中心). General
 * knowledge of how Chinese local administration is organised, not names from any document.
 */
const STATION_STEMS = [
  '农技',
  '农业技术推广',
  '农业服务',
  '农机',
  '农经',
  '经管',
  '水利',
  '水务',
  '林业',
  '畜牧兽医',
  '兽医',
  '动物防疫',
  '综合文化',
  '文化',
  '劳动保障',
  '社保',
  '退役军人服务',
  '新时代文明实践',
  '环卫',
  '城建',
  '规划建设',
  '国土',
  '气象',
];
const OFFICE_STEMS = [
  '财政',
  '供电',
  '国土资源',
  '国土',
  '自然资源',
  '规划',
  '司法',
  '卫生',
  '农经',
  '经管',
  '新时代文明实践',
  '市场监管',
  '市场监督管理',
  '税务',
  '林业',
  // The transport and housing offices of a district (运管所, 房管所).
  '运管',
  '房管',
];
const CENTRE_STEMS = [
  '融媒体',
  '疾病预防控制',
  '疾控',
  '新时代文明实践',
  '综治',
  '社会治理',
  '综合治理',
  '政务服务',
  '社区卫生服务',
];

/**
 * A level character names the body's level only where it opens the phrase: after a clause
 * break, a list's comma or a function word (镇财政所, 由县融媒体中心). Inside a word it is
 * part of another name (景区, 园区, 城镇).
 */
export function levelStandsAlone(text: string, at: number): boolean {
  return at === 0 || /[^\u4e00-\u9fa5]|[由与和及向对在的是经据]/.test(text[at - 1] ?? '');
}

/**
 * A level character or a place right before the body: 镇财政所, 县融媒体中心, 枫桥供电所.
 * A service centre may name what it serves in two to six characters before 服务中心
 * (镇农业综合服务中心, 县招商服务中心): only with a level or a place in front, so that a
 * centre a company builds (客户服务中心) stays out.
 */
const BODY = new RegExp(
  `(?:(${alternatives(STATION_STEMS)})站|(${alternatives(OFFICE_STEMS)})所|(${alternatives(CENTRE_STEMS)})中心|([\\u4e00-\\u9fa5]{2,6}?服务)中心)(?![\\u4e00-\\u9fa5]{0,2}(?:项目|工程|建设|大楼|主任|站长|所长|副))`,
  'g',
);
const BODY_WORD = /[站所]|中心/;
/**
 * Service-body rule: a station, an office or a service centre of a town or a county, named
 * after its level (镇) or its place (枫桥). A bare level that is the document's own town's
 * names that town's body.
 * Example: 镇财政所、县畜牧兽医站和柳溪镇便民服务中心联合开展服务。
 */
export function serviceBodyMentions(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const text = sentence.text;
  const forms = placeForms(ctx);
  const primary = ctx.places.primary;
  const found: EntityMention[] = [];
  // Each match holds 站, 所 or 中心: a sentence without them is not scanned.
  for (const m of BODY_WORD.test(text) ? text.matchAll(BODY) : []) {
    if (m.index === undefined) continue;
    const end = m.index + m[0].length;
    let start: number | null = null;
    let level = '';
    if (m[4]) {
      // The free-worded centre starts as early as the pattern allows: it begins at the first
      // place or level written inside it (开展活动柳溪镇便民服务 → 柳溪镇便民服务).
      const words = m[4].slice(0, -2);
      const place = forms
        .map((form) => ({ form, at: words.indexOf(form) }))
        .filter((p) => p.at >= 0 && words.length - p.at - p.form.length >= 2)
        .sort((a, b) => a.at - b.at)[0];
      const lead = [...words.matchAll(/(?:街道|[镇乡县区市])(?=[\u4e00-\u9fa5]{2})/g)].find((l) =>
        levelStandsAlone(text, m.index + (l.index ?? 0)),
      );
      if (place && (!lead || place.at <= (lead.index ?? 0))) start = m.index + place.at;
      else if (lead) {
        start = m.index + (lead.index ?? 0);
        level = lead[0];
      }
    } else {
      const before = text.slice(0, m.index);
      const place = forms.find((form) => before.endsWith(form));
      const written = /(?:街道|[镇乡县区市])$/.exec(before)?.[0];
      if (place) start = m.index - place.length;
      else if (written && levelStandsAlone(text, m.index - written.length)) {
        start = m.index - written.length;
        level = written;
      }
    }
    if (start === null || end - start < 4) continue;
    const span = { name: text.slice(start, end), start, end };
    // 街道搭建便民服务中心: a verb of building between the level and the centre is the clause's
    // predicate; the centre is named after it (institution-stems.ts reads the stem).
    if (m[4] && /搭建|建成|建设|打造|设立|成立|依托|推进|新建|完善|提升/.test(span.name)) continue;
    // 镇财政所 in a town's own report is that town's office.
    const own = level.length === 1 && primary?.name.endsWith(level);
    const name = own && primary ? `${primary.name}${span.name.slice(1)}` : span.name;
    found.push(
      entityMention({
        label: 'Institution',
        sentence,
        span,
        name,
        aliases: name === span.name ? [] : [span.name],
        rule: 'institution.service-body',
        confidence: 0.6,
      }),
    );
  }
  return found;
}
