import type { NodeLabel } from '../../schema/model';
import type { PrefetchWalk } from '../../store/prefetch';

/**
 * The fields whose resolvers read only through the loaders' edges of one walk (and the
 * nodes at their other ends), and that walk: what a prefetch must hold for the resolver
 * to make no store call. A field missing here, or whose arguments change its walk to
 * one not listed, is left to the loaders (a statement per level, as before).
 */
type Coverage = (args: Record<string, unknown>) => PrefetchWalk | null;

const walk =
  (type: PrefetchWalk['type'], direction: PrefetchWalk['direction'], depth = 1): Coverage =>
  () => ({ type, direction, depth });

/**
 * A LOCATED_IN walk whose resolver reads the other ends alone (graph-walk.ts `related`,
 * `ancestorsOf`; organisations.ts `placeOf`, `zoneOf`): the store sends each distinct
 * other end once, not every parallel edge (one per document stating it), and the field
 * resolves through loaders that answer with those ends (walked-ends.ts).
 */
const located =
  (direction: PrefetchWalk['direction'], depth = 1): Coverage =>
  () => ({ type: 'LOCATED_IN', direction, depth, endsOnly: true });

/** The LOCATED_IN chain above (ancestorsOf), MAX_LEVELS deep. */
const UP = located('OUT', 8);
/** descendantsWithLabel: the nodes of one label anywhere below (MAX_LEVELS deep), nothing else. */
const BELOW =
  (label: NodeLabel): Coverage =>
  () => ({ type: 'LOCATED_IN', direction: 'IN', depth: 8, label });
/** placeOf: the container, and the places of a containing zone. */
const PLACE_OF = located('OUT', 2);

const COVERAGE: Partial<Record<NodeLabel, Record<string, Coverage>>> = {
  Place: {
    district: UP,
    city: UP,
    parent: UP,
    ancestors: UP,
    children: located('IN'),
    projects: BELOW('Project'),
    projectsConnection: BELOW('Project'),
    enterprises: BELOW('Enterprise'),
    institutions: BELOW('Institution'),
    zones: BELOW('Zone'),
    programmes: walk('PARTICIPATES_IN', 'OUT'),
    // includeUnder walks the targets of every place below too: left to the loaders.
    targets: (args) => (args.includeUnder ? null : { type: 'TARGETS', direction: 'OUT', depth: 1 }),
    targetsConnection: (args) => (args.includeUnder ? null : { type: 'TARGETS', direction: 'OUT', depth: 1 }),
    indicators: walk('REPORTS', 'OUT'),
    people: walk('SERVES_IN', 'IN'),
    industries: walk('FOCUSES_ON', 'OUT'),
  },
  Project: {
    place: PLACE_OF,
    zone: located('OUT'),
    enterprise: walk('OPERATED_BY', 'OUT'),
    enterprises: walk('OPERATED_BY', 'OUT'),
    programmes: walk('PART_OF', 'OUT'),
    targets: walk('TARGETS', 'OUT'),
  },
  Enterprise: {
    place: PLACE_OF,
    zone: located('OUT'),
    projects: walk('OPERATED_BY', 'IN'),
    indicators: walk('REPORTS', 'OUT'),
  },
  Institution: { place: PLACE_OF },
  Zone: {
    places: located('OUT'),
    projects: located('IN'),
    enterprises: located('IN'),
  },
  Programme: {
    places: walk('PARTICIPATES_IN', 'IN'),
    projects: walk('PART_OF', 'IN'),
    parents: walk('PART_OF', 'OUT'),
    parts: walk('PART_OF', 'IN'),
    targets: walk('TARGETS', 'OUT'),
  },
  Person: { places: walk('SERVES_IN', 'OUT') },
  Target: { subject: walk('TARGETS', 'IN') },
  Indicator: { subject: walk('REPORTS', 'IN') },
};

/** Every entity's evidence: its MENTIONED_IN edges (entityFields.provenance). */
const PROVENANCE = walk('MENTIONED_IN', 'OUT');

/** The walk a field's resolver reads, or null when the loaders must answer it. */
export function coveredWalk(
  label: NodeLabel,
  field: string,
  args: Record<string, unknown>,
): PrefetchWalk | null {
  if (field === 'provenance' && label !== 'Document') return PROVENANCE(args);
  return COVERAGE[label]?.[field]?.(args) ?? null;
}
