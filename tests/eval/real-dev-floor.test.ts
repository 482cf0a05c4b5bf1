import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../loaders';
import {
  evaluateGoldDirectory,
  GOLD_KINDS,
  readDocumentList,
  type EvaluationReport,
  type GoldKind,
} from '../../loaders/eval';

/**
 * Extraction quality on real, published documents: the set kept beside the repository in
 * ../shared/real-dev (never copied into it), split once into a development part and a
 * frozen test part (tests/eval/real-split/README.md). Floors are what extraction reached
 * on each part minus 0.02; they only rise, except where a comment
 * below says why one was lowered.
 *
 * The set is not part of the repository, so a clone without it runs the checks of the
 * split lists alone; CI has it and runs the floors.
 */

const ROOT = path.resolve(__dirname, '../..');
const REAL = path.resolve(ROOT, '..', 'shared', 'real-dev');
const SPLIT = path.join(ROOT, 'tests/eval/real-split');

type Floors = Record<GoldKind | 'overall' | 'LOCATED_IN' | 'OPERATED_BY' | 'PARTICIPATES_IN', number>;

const DEV_FLOORS: Floors = {
  places: 0.96,
  zones: 0.89,
  projects: 0.87,
  enterprises: 0.9,
  institutions: 0.87,
  programmes: 0.84,
  people: 0.95,
  targets: 0.79,
  indicators: 0.86,
  relations: 0.83,
  overall: 0.87,
  LOCATED_IN: 0.84,
  OPERATED_BY: 0.84,
  PARTICIPATES_IN: 0.78,
};

const TEST_FLOORS: Floors = {
  places: 0.87,
  // Lowered once, from 0.39: the zone-shape and sibling rules written on the development
  // part and on freshly annotated pages (zones there 0.90 to 0.92 and 0.60 to 0.75 on the
  // fresh pages' held-out part) took the test part from 0.41 to 0.39. Left as measured;
  // the kind-of-zone rules written next on a second fresh set brought it to 0.40.
  // Raised to 0.41 at the next measurement (0.43), after zone families from a third fresh set,
  // and to 0.46 at the one after (0.48).
  zones: 0.46,
  projects: 0.56,
  enterprises: 0.56,
  institutions: 0.54,
  programmes: 0.62,
  people: 0.91,
  // Lowered once, from 0.18: the goal/achievement and owner rules written on the
  // development part raised its targets from 0.46 to 0.67 but took the test part from
  // 0.19 to 0.16 (more goals found where its gold has none). Left as measured, not tuned.
  // Raised to 0.19 at the next measurement (0.22), after general goal cues and report headings.
  targets: 0.31,
  indicators: 0.64,
  relations: 0.52,
  overall: 0.61,
  LOCATED_IN: 0.57,
  // Lowered once, from 0.45: the project-boundary and operator rules written on the
  // development part and a fresh set (OPERATED_BY there 0.87 to 0.88, and 0.33 to 0.42 on the
  // fresh set's held-out part) took the test part from 0.48 to 0.43 (10 of 27 found, 9 false).
  // Left as measured, not tuned. Raised to 0.46 at the next measurement (0.48).
  OPERATED_BY: 0.46,
  // Lowered once, from 0.36: the participant rules written on the development part (the
  // actor of a sentence, 全县/全区 as the document's own county, a town acting on its
  // county's programme, no participant for a plan that only dates a period) raised it
  // there from 0.63 to 0.72 but took the test part from 0.38 to 0.33. Left as measured.
  PARTICIPATES_IN: 0.42,
};

const SPLITS = [
  { name: 'development', list: 'dev.txt', documents: 49, floors: DEV_FLOORS },
  { name: 'test', list: 'test.txt', documents: 23, floors: TEST_FLOORS },
] as const;

function names(list: string): string[] {
  return readFileSync(path.join(SPLIT, list), 'utf8').trim().split('\n');
}

describe('the frozen split of the real-text set', () => {
  it('lists 72 documents once each, two thirds for development and one third for test', () => {
    const dev = names('dev.txt');
    const test = names('test.txt');
    expect(dev).toHaveLength(49);
    expect(test).toHaveLength(23);
    expect(new Set([...dev, ...test]).size).toBe(72);
    for (const name of [...dev, ...test]) expect(name).toMatch(/^d\d{3}\.txt$/);
  });
});

if (existsSync(REAL)) {
  describe.each(SPLITS)('extraction quality on the real-text $name split', ({ list, documents, floors }) => {
    let report: EvaluationReport;
    beforeAll(async () => {
      report = await evaluateGoldDirectory({
        goldDir: REAL,
        docDirs: [REAL],
        extract: (input, lexicon) => extractDocument(input, { lexicon }),
        only: await readDocumentList(path.join(SPLIT, list)),
      });
      // Extraction of a few dozen short documents takes seconds; this is a limit, not a measurement.
    }, 120_000);

    it('scores every listed document', () => {
      expect(report.failures).toEqual([]);
      expect(report.documents).toHaveLength(documents);
    });

    it.each([...GOLD_KINDS, 'overall' as const])('%s F1 stays at or above its floor', (kind) => {
      const score = kind === 'overall' ? report.totals.overall : report.totals.kinds[kind];
      expect(score.f1).toBeGreaterThanOrEqual(floors[kind]);
    });

    it.each(['LOCATED_IN', 'OPERATED_BY', 'PARTICIPATES_IN'] as const)(
      '%s F1 stays at or above its floor',
      (type) => {
        expect(report.totals.relationTypes[type]?.f1 ?? 0).toBeGreaterThanOrEqual(floors[type]);
      },
    );
  });
} else {
  describe('extraction quality on the real-text set', () => {
    it('ran against nothing: ../shared/real-dev is not beside this clone, and no other test needs it', () => {
      expect(existsSync(REAL)).toBe(false);
      expect(existsSync(path.join(ROOT, 'tests/gold'))).toBe(true);
    });
  });
}
