import type { GraphRecords } from '../../schema/records';
import { canonicalName, nameForms, sharesForm } from './name-forms';
import {
  ENTITY_KINDS,
  FIGURE_KINDS,
  GOLD_KINDS,
  type GoldDocument,
  type GoldEntity,
  type GoldFigure,
  type GoldKind,
} from './gold';
import { kindScore, addCounts, type Counts, type KindScore } from './kind-score';
import { matchItems } from './match-items';
import { predictionsFromRecords, SCORED_RELATION_TYPES, type PredictedFigure } from './predictions';

/** Relative tolerance on figure values: 2.6万 read as 25990 still matches 26000. */
export const VALUE_TOLERANCE = 0.005;

export interface AttributeScore {
  correct: number;
  total: number;
}

export interface DocumentScore {
  document: string;
  kinds: Record<GoldKind, KindScore>;
  /** Micro-average over every kind. */
  overall: KindScore;
  /** Micro-average over the entity kinds alone (no figures, no relations). */
  entities: KindScore;
  /** Year accuracy over matched figures whose gold year is known. */
  years: Record<'targets' | 'indicators', AttributeScore>;
  /**
   * Subject accuracy: figures are paired with gold by value and unit alone, and a pair is
   * right when the prediction's subject shares a form with the gold subject.
   */
  subjects: Record<'targets' | 'indicators', AttributeScore>;
  /** Relation counts per relationship type (the `relations` kind sums them). */
  relationTypes: Record<string, Counts>;
  /** Recall of the gold LOCATED_IN links between two gold places (the place tree). */
  placeHierarchy: AttributeScore;
  /**
   * Predicted relations of types the gold set never annotates (SERVES_IN where gold has no
   * people links), counted per type: neither hits nor extras, but shown so nothing is hidden.
   */
  unscoredRelations: Record<string, number>;
  /** Names of the required gold items not found, and of the predictions gold does not have. */
  missed: Record<GoldKind, string[]>;
  extra: Record<GoldKind, string[]>;
}

function near(gold: number, value: number): boolean {
  return gold === 0 ? value === 0 : Math.abs(value - gold) <= Math.abs(gold) * VALUE_TOLERANCE;
}

/** A range in gold matches a prediction that states either of its ends. */
function valueMatches(gold: GoldFigure, values: readonly number[]): boolean {
  const ends = gold.valueMax === undefined ? [gold.value] : [gold.value, gold.valueMax];
  return values.some((v) => ends.some((end) => near(end, v)));
}

function figureLabel(f: GoldFigure): string {
  return `${f.subject} ${f.metric} ${f.value}${f.valueMax === undefined ? '' : `–${f.valueMax}`}${f.unit}${f.year ? ` (${f.year})` : ''}`;
}

function predictedFigureLabel(f: PredictedFigure): string {
  return `${f.name} ${f.values.join('–')}${f.unit ?? ''}${f.year ? ` (${f.year})` : ''}`;
}

export interface ScoreOptions {
  /**
   * The relation types the gold set annotates. A gold format that never annotates a type
   * (the real-text conventions have no SERVES_IN) cannot call its predictions wrong; they are
   * counted apart. Default: every scored type and whatever this gold file uses.
   */
  relationTypes?: readonly string[];
}

/** The relation types a set of gold files annotates: every type any of them uses. */
export function annotatedRelationTypes(golds: readonly GoldDocument[]): string[] {
  return [...new Set(golds.flatMap((g) => g.relations.map((r) => r.type)))].sort();
}

/** Scores one document's graph records against its gold. */
export function scoreDocument(
  gold: GoldDocument,
  records: GraphRecords,
  options: ScoreOptions = {},
): DocumentScore {
  const predictions = predictionsFromRecords(records);
  const scoredTypes = new Set(
    options.relationTypes ?? [...SCORED_RELATION_TYPES, ...annotatedRelationTypes([gold])],
  );
  const unscoredRelations: Record<string, number> = {};
  for (const rel of predictions.relations)
    if (!scoredTypes.has(rel.type)) unscoredRelations[rel.type] = (unscoredRelations[rel.type] ?? 0) + 1;
  const counts = {} as Record<GoldKind, Counts>;
  const missed = {} as Record<GoldKind, string[]>;
  const extra = {} as Record<GoldKind, string[]>;

  // Every form a gold entity is known by, so that subjects and relation ends match by alias.
  const goldForms = new Map<string, Set<string>>();
  for (const kind of ENTITY_KINDS) {
    for (const entity of gold[kind]) {
      const set = goldForms.get(entity.name) ?? new Set<string>();
      for (const form of nameForms(entity.name, entity.aliases)) set.add(form);
      goldForms.set(entity.name, set);
    }
  }
  const formsOf = (name: string): Set<string> => goldForms.get(name) ?? nameForms(name);

  // A county-level city (松滋市 under 荆州市) is CITY in the real-text conventions and
  // DISTRICT in the graph, which keeps the gazetteer's level: both say the same thing.
  const goldKinds = new Map(gold.places.map((p) => [p.name, p.kind]));
  const sameKind = (g: GoldEntity, predicted: string | null): boolean =>
    predicted === g.kind ||
    (g.kind === 'CITY' && predicted === 'DISTRICT' && goldKinds.get(g.parent ?? '') === 'CITY');
  for (const kind of ENTITY_KINDS) {
    const entityForms = new Map(gold[kind].map((e) => [e, nameForms(e.name, e.aliases)]));
    const outcome = matchItems({
      gold: gold[kind],
      predicted: predictions.entities[kind],
      matches: (g: GoldEntity, p) =>
        sharesForm(entityForms.get(g) ?? new Set(), p.forms) && (kind !== 'places' || sameKind(g, p.kind)),
      prefer: (g, p) => canonicalName(g.name) === canonicalName(p.name),
    });
    counts[kind] = { tp: outcome.pairs.length, fp: outcome.extra.length, fn: outcome.missed.length };
    missed[kind] = outcome.missed.map((g) => (kind === 'places' ? `${g.name} ${g.kind}` : g.name));
    extra[kind] = outcome.extra.map((p) => (kind === 'places' ? `${p.name} ${p.kind ?? '?'}` : p.name));
  }

  const years = {} as DocumentScore['years'];
  const subjects = {} as DocumentScore['subjects'];
  for (const kind of FIGURE_KINDS) {
    const sameFigure = (g: GoldFigure, p: PredictedFigure): boolean =>
      p.unit !== null && canonicalName(p.unit) === canonicalName(g.unit) && valueMatches(g, p.values);
    const rightSubject = (g: GoldFigure, p: PredictedFigure): boolean =>
      sharesForm(formsOf(g.subject), p.subjectForms);
    const outcome = matchItems({
      gold: gold[kind],
      predicted: predictions.figures[kind],
      matches: (g: GoldFigure, p) => rightSubject(g, p) && sameFigure(g, p),
      prefer: (g, p) => p.year === g.year,
    });
    const byValue = matchItems({
      gold: gold[kind],
      predicted: predictions.figures[kind],
      matches: sameFigure,
      prefer: rightSubject,
    });
    subjects[kind] = {
      correct: byValue.pairs.filter((pair) => rightSubject(pair.gold, pair.predicted)).length,
      total: byValue.pairs.length,
    };
    counts[kind] = { tp: outcome.pairs.length, fp: outcome.extra.length, fn: outcome.missed.length };
    missed[kind] = outcome.missed.map(figureLabel);
    extra[kind] = outcome.extra.map(predictedFigureLabel);
    const dated = outcome.pairs.filter((pair) => pair.gold.year !== null);
    years[kind] = {
      correct: dated.filter((pair) => pair.predicted.year === pair.gold.year).length,
      total: dated.length,
    };
  }

  const relations = matchItems({
    gold: gold.relations.filter((r) => scoredTypes.has(r.type)),
    predicted: predictions.relations.filter((r) => scoredTypes.has(r.type)),
    matches: (g, p) => {
      if (g.type !== p.type) return false;
      const from = formsOf(g.from);
      const to = formsOf(g.to);
      const forward = sharesForm(from, p.from) && sharesForm(to, p.to);
      // Partnership has no direction: A PARTNERS_WITH B states B PARTNERS_WITH A.
      return forward || (g.type === 'PARTNERS_WITH' && sharesForm(from, p.to) && sharesForm(to, p.from));
    },
  });
  counts.relations = { tp: relations.pairs.length, fp: relations.extra.length, fn: relations.missed.length };
  missed.relations = relations.missed.map((g) => `${g.type} ${g.from} → ${g.to}`);
  extra.relations = relations.extra.map((p) => p.label);
  const relationTypes: Record<string, Counts> = {};
  const countOf = (type: string): Counts => (relationTypes[type] ??= { tp: 0, fp: 0, fn: 0 });
  for (const pair of relations.pairs) countOf(pair.gold.type).tp += 1;
  for (const item of relations.extra) countOf(item.type).fp += 1;
  for (const item of relations.missed) countOf(item.type).fn += 1;
  const goldPlaces = new Set(gold.places.map((p) => p.name));
  const isPlaceLink = (r: { type: string; from: string; to: string }) =>
    r.type === 'LOCATED_IN' && goldPlaces.has(r.from) && goldPlaces.has(r.to);
  const placeHierarchy = {
    correct: relations.pairs.filter((pair) => isPlaceLink(pair.gold)).length,
    total:
      relations.pairs.filter((pair) => isPlaceLink(pair.gold)).length +
      relations.missed.filter(isPlaceLink).length,
  };

  const kinds = {} as Record<GoldKind, KindScore>;
  let total: Counts = { tp: 0, fp: 0, fn: 0 };
  let entityTotal: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const kind of GOLD_KINDS) {
    kinds[kind] = kindScore(counts[kind]);
    total = addCounts(total, counts[kind]);
  }
  for (const kind of ENTITY_KINDS) entityTotal = addCounts(entityTotal, counts[kind]);
  return {
    document: gold.document,
    kinds,
    overall: kindScore(total),
    entities: kindScore(entityTotal),
    years,
    subjects,
    relationTypes,
    placeHierarchy,
    unscoredRelations,
    missed,
    extra,
  };
}
