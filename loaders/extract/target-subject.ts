import type { EntityLabel } from '../../schema/model';
import type { DocumentContext, EntityMention, ExtractedFacts } from '../types';

/**
 * Who a figure is about. A project or enterprise named at the start of the figure's clause
 * (鹏辰新材料科技股份有限公司与…银行签订130亿元的战略合作协议) owns it; for goals, also one
 * that opens an earlier clause of the sentence (湖塘科技产业园D区项目建设启动，…，拟建设6栋大楼).
 * Else a place under the document's primary place named in the clause before the figure
 * (闵市村梅庄塘108亩); else the primary place.
 */
export function subjectOf(options: {
  ctx: DocumentContext;
  known: ExtractedFacts;
  labels: readonly EntityLabel[];
  sentenceIndex: number;
  clauseStarts: readonly number[];
  clause: { start: number; end: number };
  at: number;
}): EntityMention | null {
  const { ctx, known, clause, at } = options;
  const inSentence = known.entities.filter(
    (e) => options.labels.includes(e.label) && e.span.sentenceIndex === options.sentenceIndex && e.span.end <= at,
  );
  const sameClause = inSentence.filter((e) => e.span.start >= clause.start);
  const opening = inSentence.filter((e) => options.clauseStarts.includes(e.span.start));
  const entity = leftmost(sameClause) ?? leftmost(opening);
  if (entity) return entity;

  const primary = ctx.places.primary;
  const home = typeof primary?.properties.code === 'string' ? primary.properties.code : null;
  const places = ctx.places.places.filter(
    (p) =>
      p.span.start >= clause.start &&
      p.span.end <= at &&
      !/ancestor|document-hint/.test(p.rule) &&
      typeof p.properties.code === 'string' &&
      home !== null &&
      p.properties.code.startsWith(home),
  );
  // Places above or beside the primary one are qualifiers (常州市级信用贯标企业18家), not owners.
  return places.sort((a, b) => b.span.start - a.span.start)[0] ?? primary;
}

function leftmost(list: EntityMention[]): EntityMention | null {
  return list.sort((a, b) => a.span.start - b.span.start)[0] ?? null;
}
