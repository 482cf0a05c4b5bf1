import path from 'node:path';
import { extractDocument } from '../../loaders';
import { evaluateGoldDirectory, GOLD_KINDS, type EvaluationReport, type GoldKind } from '../../loaders/eval';

/**
 * Extraction quality floors: per-kind F1 of the loaders on the seeds' gold and on the
 * genre documents' gold (tests/gold/README.md says how the gold is written).
 *
 * Each floor is what extraction achieved when it was set, rounded down by about 0.02,
 * and never above the goals (places 0.90; projects, enterprises, programmes, targets 0.85).
 * The floors only rise: when extraction improves, raise them; never lower a floor to let
 * a change through. They were reset once, when the gold's optional items were settled
 * (at most 5 % optional, each with a reason) and the single-document lexicon entries
 * were removed: the figures before that counted borderline items as free hits.
 */

type Floors = Record<GoldKind | 'overall', number>;

const SEED_FLOORS: Floors = {
  places: 0.9,
  zones: 0.59,
  projects: 0.69,
  enterprises: 0.63,
  institutions: 0.55,
  programmes: 0.82,
  people: 0.93,
  targets: 0.85,
  indicators: 0.95,
  relations: 0.69,
  overall: 0.77,
};

const GENRE_FLOORS: Floors = {
  places: 0.9,
  zones: 0.79,
  projects: 0.8,
  enterprises: 0.85,
  institutions: 0.68,
  programmes: 0.73,
  people: 0.98,
  targets: 0.85,
  indicators: 0.93,
  relations: 0.73,
  overall: 0.82,
};

const ROOT = path.resolve(__dirname, '../..');
const SETS = [
  { name: 'seeds', gold: 'tests/gold', docs: 'seeds', floors: SEED_FLOORS, documents: 5 },
  { name: 'genre', gold: 'tests/genre/gold', docs: 'tests/genre', floors: GENRE_FLOORS, documents: 6 },
] as const;

describe.each(SETS)('extraction quality on the $name gold', ({ gold, docs, floors, documents }) => {
  let report: EvaluationReport;
  beforeAll(async () => {
    report = await evaluateGoldDirectory({
      goldDir: path.join(ROOT, gold),
      docDirs: [path.join(ROOT, docs)],
      extract: (input, lexicon) => extractDocument(input, { lexicon }),
    });
    // Extraction of the seeds takes seconds on a loaded machine; this is a limit, not a measurement.
  }, 120_000);

  it('scores every gold file', () => {
    expect(report.failures).toEqual([]);
    expect(report.documents).toHaveLength(documents);
  });

  it.each([...GOLD_KINDS, 'overall' as const])('%s F1 stays at or above its floor', (kind) => {
    const score = kind === 'overall' ? report.totals.overall : report.totals.kinds[kind];
    expect(score.f1).toBeGreaterThanOrEqual(floors[kind]);
  });
});

describe('floors', () => {
  it('never exceed the goals', () => {
    const goals: Partial<Record<GoldKind, number>> = {
      places: 0.9,
      projects: 0.85,
      enterprises: 0.85,
      programmes: 0.85,
      targets: 0.85,
    };
    for (const floors of [SEED_FLOORS, GENRE_FLOORS]) {
      for (const [kind, goal] of Object.entries(goals))
        expect(floors[kind as GoldKind]).toBeLessThanOrEqual(goal);
    }
  });
});
