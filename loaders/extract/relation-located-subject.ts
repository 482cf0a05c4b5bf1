import type { DocumentContext, EntityMention, Sentence } from '../types';
import { placeChainAtHead } from './relation-places';

/** ，,：:；; as code units: the marks that open a clause. */
const CLAUSE_MARKS = [0xff0c, 0x2c, 0xff1a, 0x3a, 0xff1b, 0x3b];

/** A place heading a clause as a body (某镇党委、某镇政府), not as the one acting. */
const BODY_AFTER = /^(?:[市县区镇乡村]?委|党委|[市县区镇乡]?政府|人民政府|人大|政协|领导|主要领导|负责人)/;

const FINE = new Set(['TOWN', 'VILLAGE', 'COMMUNITY']);

/**
 * The town or village that opens the nearest clause before an offset, read back from the
 * offset to the start of the sentence: in a county's report that goes town by town
 * (某县…，其中，甲镇负责实施重点项目11个，A、B、C 4个项目已开工；乙镇…), the works listed
 * after 甲镇's clause lie in 甲镇, not in the county that opened the sentence. A clause
 * that opens with an item's own name (甲村道路、乙项目) does not count, nor a body
 * (甲镇党委), nor a county or city (the items it opens are placed by the other rules).
 */
export function nearestTownSubject(
  ctx: DocumentContext,
  sentence: Sentence,
  at: { offset: number; all: readonly EntityMention[] },
): EntityMention | null {
  const local = at.offset - sentence.start;
  for (let i = local - 1; i >= 0; i -= 1) {
    const opens = i === 0 || CLAUSE_MARKS.includes(sentence.text.charCodeAt(i - 1));
    if (!opens) continue;
    const rest = sentence.text.slice(i, local);
    const chain = placeChainAtHead(ctx, rest);
    const place = chain.places[chain.places.length - 1];
    if (!place || BODY_AFTER.test(rest.slice(chain.length))) continue;
    if (!FINE.has(String(place.properties.kind))) continue;
    const start = sentence.start + i;
    const inName = at.all.some(
      (e) => e.label !== 'Place' && e.span.start <= start && e.span.end >= start + chain.length,
    );
    if (!inName) return place;
  }
  return null;
}

/** 该项目位于…, 此项目将落户…: a statement of location whose subject is the project just named. */
const ANAPHOR_LIES_IN =
  /(?:该|此|这一|这个|上述)项目[^，,。；;的]{0,6}?(?:位于|坐落于|坐落在|地处|落户于|落户在|落户|选址于|选址在|选址|建在|设在)/g;

/**
 * LOCATED_IN stated of a project by anaphor: 某某项目…。该项目位于甲街道乙片区 places the project
 * named last before the statement (in its sentence or the two before it) in the innermost
 * place written right after the verb. Places only: a zone or area word after the place
 * (乙片区) ends the chain.
 */
export function anaphoricLocations(
  ctx: DocumentContext,
  bySentence: ReadonlyMap<number, readonly EntityMention[]>,
): { project: EntityMention; place: EntityMention }[] {
  const found: { project: EntityMention; place: EntityMention }[] = [];
  for (const sentence of ctx.doc.sentences) {
    for (const m of sentence.text.matchAll(ANAPHOR_LIES_IN)) {
      const anaphor = sentence.start + m.index;
      const place = placeAfter(ctx, sentence, sentence.start + m.index + m[0].length);
      if (!place) continue;
      const project = antecedent(bySentence, sentence.index, anaphor);
      if (project) found.push({ project, place });
    }
  }
  return found;
}

/** The innermost of the places written one after another from `at` (甲市乙街道 → 乙街道). */
function placeAfter(ctx: DocumentContext, sentence: Sentence, at: number): EntityMention | null {
  const chain = placeChainAtHead(ctx, `${sentence.text.slice(at - sentence.start)}。`);
  return chain.places[chain.places.length - 1] ?? null;
}

/** The project named last before an offset, in its sentence or the two before it. */
function antecedent(
  bySentence: ReadonlyMap<number, readonly EntityMention[]>,
  index: number,
  offset: number,
): EntityMention | null {
  for (let i = index; i >= Math.max(0, index - 2); i -= 1) {
    const projects = (bySentence.get(i) ?? []).filter((e) => e.label === 'Project' && e.span.end <= offset);
    const last = projects.sort((a, b) => b.span.end - a.span.end)[0];
    if (last) return last;
  }
  return null;
}
