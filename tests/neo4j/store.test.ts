import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../loaders';
import type { ProfiledPlan } from 'neo4j-driver';
import type { GraphPath, GraphStore } from '../../store/graph-store';
import type { CypherQuery } from '../../store/neo4j/queries/cypher-query';
import { getNodesQuery } from '../../store/neo4j/queries/get-nodes';
import { documentsOfSourceQuery } from '../../store/neo4j/queries/lookups';
import { documentEdgesQuery } from '../../store/neo4j/queries/removal';
import { searchQuery } from '../../store/neo4j/queries/search';
import { MemoryGraphStore } from '../../store/memory';
import { NAME_INDEX } from '../../store/neo4j/queries/schema';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema/model';
import { relationshipKey } from '../../schema/ids';
import { ENTITIES, newsHutang, PLACES, reportJiaze, reportWujin } from '../contract/fixtures';
import { useNeo4j } from './neo4j-server';

const neo4j = useNeo4j();

async function rows(
  query: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const result = await neo4j.driver.executeQuery(query, parameters);
  return result.records.map((record) => record.toObject() as Record<string, unknown>);
}

/** Every node and edge as raw Neo4j sees them, for before/after comparisons. */
async function rawGraph(): Promise<unknown> {
  const nodes = await rows('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id');
  const edges = await rows(
    'MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS properties ORDER BY r.key',
  );
  return { nodes, edges };
}

describe('Neo4j store schema', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await neo4j.openEmpty();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('creates a uniqueness constraint on node ids and on each relationship type key', async () => {
    const constraints = await rows(
      'SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties RETURN *',
    );
    expect(constraints).toContainEqual({
      type: 'UNIQUENESS',
      entityType: 'NODE',
      labelsOrTypes: ['Node'],
      properties: ['id'],
    });
    for (const type of RELATIONSHIP_TYPES) {
      expect(constraints).toContainEqual({
        type: 'RELATIONSHIP_UNIQUENESS',
        entityType: 'RELATIONSHIP',
        labelsOrTypes: [type],
        properties: ['key'],
      });
    }
  });

  it('creates online indexes on names, filter properties, edge documents, and a cjk full-text index', async () => {
    const indexes = await rows(
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN *',
    );
    expect(indexes.every((index) => index.state === 'ONLINE')).toBe(true);
    const has = (labelsOrTypes: string[], properties: string[]) =>
      indexes.some(
        (index) =>
          JSON.stringify(index.labelsOrTypes) === JSON.stringify(labelsOrTypes) &&
          JSON.stringify(index.properties) === JSON.stringify(properties),
      );
    expect(has(['Node'], ['name'])).toBe(true);
    expect(has(['Document'], ['source'])).toBe(true);
    expect(has(['Place'], ['kind'])).toBe(true);
    expect(has(['Project'], ['status'])).toBe(true);
    for (const type of RELATIONSHIP_TYPES) expect(has([type], ['documentId'])).toBe(true);
    const fulltext = indexes.find((index) => index.name === NAME_INDEX);
    expect(fulltext).toMatchObject({ type: 'FULLTEXT', properties: ['name', 'aliases'] });
    expect([...(fulltext!.labelsOrTypes as string[])].sort()).toEqual([...NODE_LABELS].sort());
    const config = (fulltext!.options as { indexConfig: Record<string, unknown> }).indexConfig;
    expect(config['fulltext.analyzer']).toBe('cjk');
  });

  it('opening again on an existing database keeps the schema and the data', async () => {
    await store.loadDocument(reportJiaze());
    const before = await rawGraph();
    const again = await neo4j.openEmpty().then(async (empty) => {
      await empty.loadDocument(reportJiaze());
      return empty;
    });
    expect(await rawGraph()).toEqual(before);
    await again.close();
  });

  it('stores nodes with their own label and :Node, and flattened properties', async () => {
    const [place] = await rows(
      'MATCH (n {id: $id}) RETURN labels(n) AS labels, properties(n) AS properties',
      {
        id: PLACES.jiaze.id,
      },
    );
    expect([...(place!.labels as string[])].sort()).toEqual(['Node', 'Place']);
    expect(place!.properties).toEqual({
      id: PLACES.jiaze.id,
      name: '嘉泽镇',
      aliases: ['嘉泽', '花木之乡'],
      kind: 'TOWN',
      code: '320412119',
    });
    const [target] = await rows('MATCH (n {id: $id}) RETURN n.year AS year, n.year = 2025 AS isInteger', {
      id: ENTITIES.jiazeTarget.id,
    });
    // Whole numbers are stored as Neo4j integers, so analysts' Cypher sees 2025, not 2025.0.
    expect(target!.isInteger).toBe(true);
    expect(String(target!.year)).toBe('2025');
  });
});

describe('Neo4j store: a load is one transaction', () => {
  it('leaves the database unchanged when Neo4j refuses a load halfway', async () => {
    const store = await neo4j.openEmpty();
    await store.loadDocument(reportJiaze());
    // An edge that already holds the key the news document will use for its own edge,
    // but between other nodes: the news' nodes merge first, then its edge breaks the
    // key's uniqueness constraint, and everything the load did must go with it.
    const news = newsHutang();
    const clash = news.relationships.find((rel) => rel.type === 'PARTNERS_WITH')!;
    await neo4j.driver.executeQuery(
      'MATCH (a:Node {id: $a}), (b:Node {id: $b}) CREATE (a)-[:PARTNERS_WITH {key: $key, documentId: $doc}]->(b)',
      { a: ENTITIES.lvyuan.id, b: PLACES.jiaze.id, key: relationshipKey(clash), doc: 'doc:elsewhere' },
    );
    const before = await rawGraph();
    await expect(store.loadDocument(news)).rejects.toThrow(/already exists|constraint/i);
    expect(await rawGraph()).toEqual(before);
    expect((await store.getNodes([PLACES.hutang.id]))[0]).toBeNull();
    await store.close();
  });

  it('leaves the database unchanged when validation rejects a batch', async () => {
    const store = await neo4j.openEmpty();
    await store.loadDocument(reportJiaze());
    const before = await rawGraph();
    const news = newsHutang();
    (news.nodes.at(-1)!.properties as Record<string, unknown>).id = 'clash';
    await expect(store.loadDocument(news)).rejects.toThrow(/property "id" is reserved/);
    await expect(store.loadDocument(news)).rejects.toThrow(news.documents[0]!.id);
    expect(await rawGraph()).toEqual(before);
    await store.close();
  });
});

describe('Neo4j store: concurrent loads', () => {
  it('loads documents that share nodes at the same time without duplicating them', async () => {
    const store = await neo4j.openEmpty();
    const documents = [reportJiaze(), newsHutang(), reportWujin()];
    const results = await Promise.all(documents.map((records) => store.loadDocument(records)));
    expect(results.map((result) => result.status)).toEqual(['loaded', 'loaded', 'loaded']);
    const [ids] = await rows('MATCH (n:Node) RETURN count(n) AS nodes, count(DISTINCT n.id) AS distinct');
    expect(String(ids!.nodes)).toBe(String(ids!.distinct));
    const sequential = await MemoryGraphStore.open();
    for (const records of documents) await sequential.loadDocument(records);
    expect(await store.countByLabel()).toEqual(await sequential.countByLabel());
    const [edges] = await rows('MATCH ()-[r]->() RETURN count(r) AS count');
    const all = (await sequential.findNodes({ filter: {} })).nodes.map((node) => node.id);
    const expected = await sequential.getRelationships({ nodeIds: all, direction: 'OUT' });
    expect(Number(edges!.count)).toBe(expected.length);
    await Promise.all([store.close(), sequential.close()]);
  });
});

describe('Neo4j store: the seed documents', () => {
  /** A store's whole graph as data; null properties dropped, as Neo4j stores none. */
  async function dump(store: GraphStore): Promise<unknown> {
    const { nodes } = await store.findNodes({ filter: {}, sort: [{ field: 'id', direction: 'ASC' }] });
    const relationships = await store.getRelationships({
      nodeIds: nodes.map((node) => node.id),
      direction: 'OUT',
    });
    relationships.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const withoutNulls = <T extends { properties: Record<string, unknown> }>(item: T): T => ({
      ...item,
      properties: Object.fromEntries(Object.entries(item.properties).filter(([, value]) => value !== null)),
    });
    return { nodes: nodes.map(withoutNulls), relationships: relationships.map(withoutNulls) };
  }

  it('hold the same graph as in the memory store', async () => {
    const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as {
      documents: {
        file: string;
        title: string;
        publisher: string;
        date: string;
        place: string;
        district: string;
        city: string;
      }[];
    };
    const records = manifest.documents.map(
      (entry) =>
        extractDocument({
          name: `seeds/${entry.file}`,
          source: `seeds/${entry.file}`,
          bytes: readFileSync(join('seeds', entry.file)),
          title: entry.title,
          publisher: entry.publisher,
          publishedAt: entry.date,
          place: entry.place,
          district: entry.district,
          city: entry.city,
        }).records,
    );
    const memory = await MemoryGraphStore.open();
    const store = await neo4j.openEmpty();
    for (const document of records) {
      await memory.loadDocument(document);
      await store.loadDocument(document);
    }
    const counts = await store.countByLabel();
    expect(counts.Document).toBe(records.length);
    expect(counts).toEqual(await memory.countByLabel());
    expect(await dump(store)).toEqual(await dump(memory));
    const hits = await store.search({ text: '嘉泽', limit: 10 });
    expect(hits.map((hit) => [hit.node.id, hit.score])).toEqual(
      (await memory.search({ text: '嘉泽', limit: 10 })).map((hit) => [hit.node.id, hit.score]),
    );
    // Paths between towns: the same nodes, the same edge for each hop, in the same order.
    const towns = (await memory.findNodes({ filter: { label: 'Place', properties: { kind: 'TOWN' } } }))
      .nodes;
    const pathKeys = (paths: GraphPath[]) =>
      paths.map((path) => [path.nodes.map((node) => node.id), path.relationships.map((rel) => rel.key)]);
    let compared = 0;
    for (const from of towns.slice(0, 4)) {
      for (const to of towns.slice(0, 4)) {
        if (from.id >= to.id) continue;
        const request = { from: from.id, to: to.id, maxHops: 6, limit: 20 };
        const expected = pathKeys(await memory.findPaths(request));
        expect(pathKeys(await store.findPaths(request))).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
    await Promise.all([memory.close(), store.close()]);
  });
});

/** Runs a store query under PROFILE and returns the operators of its plan. */
async function profile(query: CypherQuery): Promise<{ operators: string[] }> {
  const result = await neo4j.driver.executeQuery(`PROFILE ${query.text}`, query.parameters);
  const plan = result.summary.profile as ProfiledPlan;
  const operators: string[] = [];
  const visit = (step: ProfiledPlan): void => {
    operators.push(step.operatorType.replace(/@.*$/, ''));
    step.children.forEach(visit);
  };
  visit(plan);
  return { operators };
}

/**
 * Index use, checked on the profiled plan as @neo4j/graphql's performance tests do: a
 * plan's operators are stable where timings are not.
 */
describe('Neo4j store query plans', () => {
  beforeAll(async () => {
    const store = await neo4j.openEmpty();
    for (const records of [reportJiaze(), newsHutang(), reportWujin()]) await store.loadDocument(records);
    await store.close();
  });

  it('looks nodes up by id through the uniqueness constraint, not by scanning', async () => {
    const one = await profile(getNodesQuery([PLACES.jiaze.id]));
    expect(one.operators).toContain('NodeUniqueIndexSeek');
    expect(one.operators.some((op) => op.includes('Scan'))).toBe(false);
  });

  it('finds a source’s documents and a document’s edges through their indexes', async () => {
    const documents = await profile(documentsOfSourceQuery('reports/jiaze-2024.txt', 'doc:none'));
    expect(documents.operators).toContain('NodeIndexSeek');
    const edges = await profile(documentEdgesQuery([reportJiaze().documents[0]!.id]));
    // The planner may answer a branch whose type has no edges yet without any seek (it
    // saw 9 seeks for 10 types on a busy machine), and, with statistics left by the seed
    // graph an earlier describe loaded, may read a tiny type's edge index whole
    // (DirectedRelationshipIndexScan): the test asks for seeks and no scan outside an index.
    expect(edges.operators.filter((op) => op.includes('RelationshipIndexSeek')).length).toBeGreaterThan(0);
    expect(edges.operators.some((op) => op.includes('Scan') && !op.includes('IndexScan'))).toBe(false);
  });

  it('answers Chinese search text from the full-text index', async () => {
    const query = searchQuery({ text: '嘉泽' })!;
    const found = await profile(query);
    expect(found.operators).toContain('ProcedureCall');
    expect(found.operators.some((op) => op.includes('Scan'))).toBe(false);
  });
});
