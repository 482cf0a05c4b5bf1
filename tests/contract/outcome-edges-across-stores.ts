import type { GraphStore } from '../../store/graph-store';
import { MemoryGraphStore } from '../../store/memory';
import { derivedOutcomeEdges, storedOutcomeEdges } from '../outcomes/derived-outcomes';
import {
  allOutcomeRecords,
  revisedShengze2023,
  shengzeThirdQuarter,
  TOWNS,
} from '../outcomes/outcome-records';
import { SCORECARD, serveStore } from '../outcomes/scorecard-queries';
import type { TestNeo4j } from '../neo4j/neo4j-server';

/**
 * The same writes on Neo4j and on the embedded store, side by side: after each, both
 * hold the same OUTCOME_OF edges (those a derivation from scratch gives) and answer the
 * scorecards, relationship lists, neighbourhoods and traces alike, in the same order.
 */

type Api = Awaited<ReturnType<typeof serveStore>>;

const TARGET_VIEW = `query($id: ID!) {
  node(id: $id) { ... on Target { id
    relationships { id type from { id } to { id } provenance { documentId sentence start end rule confidence } }
    outcome { status ratio indicator { id } provenance { documentId sentence rule } } } }
  neighbourhood(id: $id, depth: 2) { nodes { id } relationships { id type } truncated }
}`;

const TRACE = `query($from: ID!, $to: ID!) {
  trace(from: $from, to: $to, maxHops: 2, first: 5) { nodes { id } relationships { id type } }
}`;

/** Every answer compared after a write: each town's 2023 scorecard, and each of its goals seen up close. */
async function answers(api: Api): Promise<unknown[]> {
  const all: unknown[] = [];
  for (const place of Object.values(TOWNS)) {
    const card = await api.ask<{ scorecard: { entries: { target: { id: string } }[] } | null }>(
      SCORECARD.replace('target {', 'target { id'),
      { place, year: 2023 },
    );
    all.push(card);
    for (const { target } of card.scorecard?.entries ?? []) {
      const view = await api.ask<{ node: { outcome: { indicator: { id: string } | null } } }>(TARGET_VIEW, {
        id: target.id,
      });
      all.push(view);
      const indicator = view.node.outcome.indicator;
      if (indicator) all.push(await api.ask(TRACE, { from: target.id, to: indicator.id }));
    }
  }
  return all;
}

export function describeOutcomeEdgesAcrossStores(neo4j: TestNeo4j): void {
  describe('OUTCOME_OF on Neo4j and in the embedded store', () => {
    const open: { store: GraphStore; api: Api }[] = [];
    afterEach(async () => {
      for (const { store, api } of open.splice(0)) {
        await api.close();
        await store.close();
      }
    });

    it('gives the same edges and answers, in the same order, after every load, replacement and deletion', async () => {
      for (const store of [await MemoryGraphStore.open(), await neo4j.openEmpty()])
        open.push({ store, api: await serveStore(store) });
      const [memory, graph] = open as [{ store: GraphStore; api: Api }, { store: GraphStore; api: Api }];
      const all = allOutcomeRecords();
      const revised = revisedShengze2023();
      const id = (records: (typeof all)[number]) => records.documents[0]!.id;
      const steps: [string, (store: GraphStore) => Promise<unknown>][] = [
        // The year-end reports of two towns before the goals they answer.
        ...[5, 1, 4, 0, 3, 2].map((i): [string, (store: GraphStore) => Promise<unknown>] => [
          `load ${i}`,
          (store) => store.loadDocument(all[i]!),
        ]),
        ['load the third quarter', (store) => store.loadDocument(shengzeThirdQuarter())],
        ['replace the 2023 report', (store) => store.loadDocument(revised)],
        ['delete the revised report', (store) => store.deleteDocument(id(revised))],
        ['delete the goals of 平望镇', (store) => store.deleteDocument(id(all[2]!))],
      ];
      const counts: number[] = [];
      for (const [name, step] of steps) {
        const results = [await step(memory.store), await step(graph.store)];
        expect({ name, result: results[1] }).toEqual({ name, result: results[0] });
        const edges = await storedOutcomeEdges(memory.store);
        expect({ name, edges: await storedOutcomeEdges(graph.store) }).toEqual({ name, edges });
        expect({ name, edges: await derivedOutcomeEdges(memory.store) }).toEqual({ name, edges });
        expect({ name, answers: await answers(graph.api) }).toEqual({
          name,
          answers: await answers(memory.api),
        });
        counts.push(edges.length);
      }
      // No edge until a town has both reports; ten once all are in; the revision keeps them;
      // once it is deleted only 盛泽镇's sales goal stays answered (by the third quarter);
      // 平望镇's three go with its goals.
      expect(counts).toEqual([0, 0, 3, 7, 7, 10, 10, 10, 7, 4]);
    }, 300_000);

    it('a batch load on Neo4j gives the edges of loading one document at a time', async () => {
      const memory = await MemoryGraphStore.open();
      const graph = await neo4j.openEmpty();
      open.push(
        { store: memory, api: await serveStore(memory) },
        { store: graph, api: await serveStore(graph) },
      );
      const all = allOutcomeRecords();
      // Goals and results of one town in one batch, in either order, beside the others.
      const batch = [all[1]!, all[0]!, all[4]!, shengzeThirdQuarter(), all[5]!, all[2]!, all[3]!];
      for (const records of batch) await memory.loadDocument(records);
      const outcomes = await graph.loadDocumentBatch!(batch);
      expect(outcomes.every((outcome) => outcome.ok && outcome.result.status === 'loaded')).toBe(true);
      const edges = await storedOutcomeEdges(memory);
      expect(edges).toHaveLength(10);
      expect(await storedOutcomeEdges(graph)).toEqual(edges);
    }, 300_000);
  });
}
