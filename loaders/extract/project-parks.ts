import { clauseAround } from './name-mention';

/**
 * Parks that are built as works. A named 产业园, 工业园, 物流园 or 示范园 is a zone when the
 * text speaks of it as a place (企业集聚在某某产业园), but a project when it speaks of it as
 * something invested in, signed, built or opened (投资10亿元的某某产业园, 某某工业园一期建成投运,
 * 某某产业园等6个项目). A 园区 (a planning area with its own administration) stays a zone.
 */
export const PARK_WORKS_HEADS: readonly string[] = [
  '产业园',
  '工业园',
  '物流园',
  '示范园',
  // Themed parks are built by one developer like the four above (总投资80亿元的某某生态园).
  '科技园',
  '生态园',
  '文化园',
  '创意园',
  '农业园',
  '创业园',
  '小微园',
];

/** A phase, or works words and a works head, right after a name: 某某片区(二期), 某某园区建设项目. */
const WORKS_AFTER =
  /^(?:[（(][一二三四五六七八九十\d]+期[)）]|(?:建设|新建)?(?:项目|工程)|[两一二三四五六七八九十\d]+[个项大]项目|(?:施工|建设)现场)/;

/** Markets are facilities: upgrading one is works on it (某某农贸市场提升改造项目). */
const FACILITY_WORKS_AFTER = /^(?:提升|改造|升级|改扩建)+(?:项目|工程)/;

/** True when the words right after a name make it the name of works, not of a place. */
export function worksFollow(after: string, name = ''): boolean {
  return WORKS_AFTER.test(after) || (name.endsWith('市场') && FACILITY_WORKS_AFTER.test(after));
}

/** Words of a clause that treat a park as works: money in it, a contract, a start or an opening. */
const WORKS_CLAUSE = /投资|开工|动工|动建|签约|落户|投运|投产|开园|竣工|奠基|规划面积|占地/;
/** A verb of placing right before the park: 落户芦溪工业园内, 入驻某某产业园, 位于某某物流园. */
const LOCATIVE_BEFORE = /(?:落户|落户于|落户在|入驻|进驻|位于|坐落于|搬迁至|迁入|入园)$/;
/** A clause that opens by building what follows: 重点建设好…, 加快新建…. */
const BUILDING_OPENS = /^(?:重点|加快|全力|积极|着力)?(?:建设好|新建|兴建|开工建设|投资建设)/;
/** The park stands in a list of projects: 某某产业园等6个项目. */
const PROJECT_LIST_AFTER = /^[^，,；;。：:]*?(?:等[^，,；;。]{0,8}项目|[\d一二三四五六七八九十两]+个项目)/;

/**
 * How the park named at `span` in `text` (a sentence) is reported: as a place (`zone`), as
 * works (`works`: invested in, built, opened), or as one item of a list of projects (`both`:
 * such lists name parks that exist as zones and are also counted as projects).
 */
export function parkReading(
  text: string,
  span: { start: number; end: number; name: string },
): 'zone' | 'works' | 'both' {
  if (!PARK_WORKS_HEADS.some((head) => span.name.endsWith(head))) return 'zone';
  const after = text.slice(span.end);
  if (worksFollow(after) || /^一期/.test(after)) return 'works';
  // 某某产业园二期项目: the park is there already and a later phase is the project.
  if (/^[二三四五六七八九十]期/.test(after)) return 'zone';
  const clause = clauseAround(text, span.start);
  const before = text.slice(clause.start, span.start);
  // 落户某某工业园内, 入驻某某产业园: the park is where the works go, a place.
  if (LOCATIVE_BEFORE.test(before)) return 'zone';
  // 重点建设好甲产业园、乙产业园: a clause that opens by building the parks lists works.
  if (BUILDING_OPENS.test(before) && /^[^，,；;。]*$/.test(before)) return 'works';
  // 省重大项目某某产业园: the classification in front.
  // 省重大项目某某产业园 (classified in front), 某某产业园为某某三期项目, 某某物流园入选…重点项目.
  if (
    /项目$/.test(before) ||
    /^(?:为|是)[^，,；;。]{2,24}项目|^[^，,；;。：:]*?入选[^，,；;。]{0,16}项目/.test(after)
  )
    return 'works';
  if (PROJECT_LIST_AFTER.test(after)) return 'both';
  return WORKS_CLAUSE.test(before + text.slice(span.end, clause.end)) ? 'works' : 'zone';
}
