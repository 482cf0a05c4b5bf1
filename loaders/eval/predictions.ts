import type { NodeLabel, PropertyValue } from '../../schema/model';
import type { GraphRecords, NodeRecord } from '../../schema/records';
import { nameForms } from './name-forms';
import type { EntityKind, FigureKind } from './gold';

/** What the scorer compares with gold, read off one document's graph records. */

export interface PredictedEntity {
  id: string;
  name: string;
  forms: Set<string>;
  /** Places only: PROVINCE … COMMUNITY. */
  kind: string | null;
}

export interface PredictedFigure {
  id: string;
  name: string;
  /** Canonical forms of every subject (the nodes with a TARGETS / REPORTS edge to it). */
  subjectForms: Set<string>;
  /** A single value, or both ends of a range (5000万—1亿元). */
  values: number[];
  unit: string | null;
  year: number | null;
}

export interface PredictedRelation {
  type: string;
  from: Set<string>;
  to: Set<string>;
  label: string;
}

export interface Predictions {
  entities: Record<EntityKind, PredictedEntity[]>;
  figures: Record<FigureKind, PredictedFigure[]>;
  relations: PredictedRelation[];
}

export const LABEL_OF_KIND: Record<EntityKind, NodeLabel> = {
  places: 'Place',
  zones: 'Zone',
  projects: 'Project',
  enterprises: 'Enterprise',
  institutions: 'Institution',
  programmes: 'Programme',
  people: 'Person',
};

/** Relationship types that gold annotates (TARGETS/REPORTS are scored as figures). */
export const SCORED_RELATION_TYPES = [
  'LOCATED_IN',
  'SERVES_IN',
  'OPERATED_BY',
  'PART_OF',
  'PARTICIPATES_IN',
  'PARTNERS_WITH',
];

/**
 * Relationship types that are no relation to score: figures carry TARGETS / REPORTS,
 * every node has MENTIONED_IN, and stores derive OUTCOME_OF. Every other type is read, so
 * that a type the gold set does not annotate (FOCUSES_ON) is still counted and shown.
 */
const NOT_RELATIONS = ['TARGETS', 'REPORTS', 'MENTIONED_IN', 'OUTCOME_OF'];

function numberOf(value: PropertyValue | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

function figureValues(node: NodeRecord): number[] {
  const keys = ['value', 'valueMin', 'valueMax', 'min', 'max', 'low', 'high'];
  return keys.map((key) => numberOf(node.properties[key])).filter((v): v is number => v !== null);
}

function forms(node: NodeRecord): Set<string> {
  return nameForms(node.name, node.aliases);
}

export function predictionsFromRecords(records: GraphRecords): Predictions {
  const byId = new Map(records.nodes.map((node) => [node.id, node]));
  const entities = {} as Record<EntityKind, PredictedEntity[]>;
  for (const [kind, label] of Object.entries(LABEL_OF_KIND) as [EntityKind, NodeLabel][]) {
    entities[kind] = records.nodes
      .filter((node) => node.label === label)
      .map((node) => ({
        id: node.id,
        name: node.name,
        forms: forms(node),
        kind: typeof node.properties.kind === 'string' ? node.properties.kind.toUpperCase() : null,
      }));
  }

  const subjects = new Map<string, Set<string>>();
  for (const rel of records.relationships) {
    if (rel.type !== 'TARGETS' && rel.type !== 'REPORTS') continue;
    const subject = byId.get(rel.from);
    if (!subject) continue;
    const set = subjects.get(rel.to) ?? new Set<string>();
    for (const form of forms(subject)) set.add(form);
    subjects.set(rel.to, set);
  }
  const figure = (label: NodeLabel): PredictedFigure[] =>
    records.nodes
      .filter((node) => node.label === label)
      .map((node) => ({
        id: node.id,
        name: node.name,
        subjectForms: subjects.get(node.id) ?? new Set<string>(),
        values: figureValues(node),
        unit: typeof node.properties.unit === 'string' ? node.properties.unit : null,
        year: numberOf(node.properties.year),
      }));

  const relations: PredictedRelation[] = [];
  for (const rel of records.relationships) {
    if (NOT_RELATIONS.includes(rel.type)) continue;
    const from = byId.get(rel.from);
    const to = byId.get(rel.to);
    if (!from || !to) continue;
    relations.push({
      type: rel.type,
      from: forms(from),
      to: forms(to),
      label: `${rel.type} ${from.name} → ${to.name}`,
    });
  }
  return { entities, figures: { targets: figure('Target'), indicators: figure('Indicator') }, relations };
}
