import { createGraphState, type GraphState } from '../../store/memory/graph-state';
import { prepareDelete } from '../../store/memory/delete-document';
import { prepareLoad } from '../../store/memory/load-document';
import { MemoryGraphStore } from '../../store/memory';
import type { GraphRecords } from '../../schema/records';
import { syntheticDocument } from './synthetic-documents';
import { dumpGraph, temporaryDirs } from './data-dir-helpers';

const newDir = temporaryDirs();

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Document i from a pool of 7 sources, so that later documents replace earlier ones. */
function pooledDocument(i: number): GraphRecords {
  const records = syntheticDocument(i);
  records.documents[0]!.properties.source = `pool/${i % 7}.txt`;
  return records;
}

type Operation = { op: 'load'; index: number } | { op: 'delete'; index: number };

function operations(seed: number, count: number): Operation[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const index = Math.floor(next() * 40);
    return next() < 0.75 ? { op: 'load', index } : { op: 'delete', index };
  });
}

function indexesOf(state: GraphState): unknown {
  const sortEntries = (map: Map<string, Set<string>>) =>
    [...map]
      .map(([key, set]) => [key, [...set].sort()])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const mentions: [string, readonly string[]][] = [];
  const neighbours: [string, string[]][] = [];
  state.graph.forEachNode((id) => {
    mentions.push([id, state.mentions.documentsOf(id)]);
    neighbours.push([id, [...state.structure.neighbours(id).keys()].sort()]);
  });
  return {
    byLabel: [...state.nodesByLabel].map(([label, ids]) => [label, [...ids].sort()]),
    byDocument: sortEntries(state.edgesByDocument),
    bySource: sortEntries(state.documentsBySource),
    mentions,
    neighbours,
    names: state.names.entries(),
  };
}

/** What must hold after every write, whatever the order of writes. */
function expectInvariants(state: GraphState): void {
  const { graph } = state;
  const documents = state.nodesByLabel.get('Document')!;
  graph.forEachEdge((key, attributes) => {
    const documentId = attributes.properties.documentId as string;
    if (!documents.has(documentId)) throw new Error(`edge ${key} outlived its document ${documentId}`);
  });
  graph.forEachNode((id, node) => {
    if (node.label !== 'Document' && state.mentions.documentsOf(id).length === 0) {
      throw new Error(`entity ${id} is mentioned by no document`);
    }
  });
  const sources = new Set<string>();
  for (const id of documents) {
    const source = graph.getNodeAttribute(id, 'properties').source as string;
    if (sources.has(source)) throw new Error(`two documents of source ${source}`);
    sources.add(source);
  }
  // The incrementally kept indexes equal indexes rebuilt from the graph alone.
  expect(indexesOf(state)).toEqual(indexesOf(createGraphState(graph.copy())));
}

describe('memory store invariants over random writes', () => {
  it.each([1, 2, 3])('hold after every write of sequence %i', (seed) => {
    const state = createGraphState();
    for (const operation of operations(seed, 120)) {
      const prepared =
        operation.op === 'load'
          ? prepareLoad(state, pooledDocument(operation.index))
          : prepareDelete(state, pooledDocument(operation.index).documents[0]!.id);
      prepared.apply?.();
      expectInvariants(state);
    }
    expect(state.nodesByLabel.get('Document')!.size).toBeGreaterThan(0);
  });

  it('survive a reopen: the persisted store replays to the same graph', async () => {
    const dataDir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir, snapshotEvery: 17 });
    for (const operation of operations(4, 120)) {
      if (operation.op === 'load') await store.loadDocument(pooledDocument(operation.index));
      else await store.deleteDocument(pooledDocument(operation.index).documents[0]!.id);
    }
    const before = await dumpGraph(store);
    await store.close();
    const reopened = await MemoryGraphStore.open({ dataDir });
    expect(await dumpGraph(reopened)).toEqual(before);
    await reopened.close();
  });
});
