import { CypherError } from '../../schema/errors';
import type { GraphStore } from '../../store/graph-store';
import { newsHutang, PLACES, reportJiaze } from '../contract/fixtures';
import { useNeo4j } from './neo4j-server';

const neo4j = useNeo4j();

describe('Neo4j read-only Cypher', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await neo4j.openEmpty();
    await store.loadDocument(reportJiaze());
    await store.loadDocument(newsHutang());
  });
  afterAll(async () => {
    await store?.close();
  });

  const run = (
    query: string,
    extra: { parameters?: Record<string, unknown>; maxRows?: number; timeoutMs?: number } = {},
  ) => store.runReadCypher({ query, timeoutMs: 10_000, maxRows: 100, ...extra });

  it('reads with parameters and returns nodes as {id, label, name, properties}', async () => {
    const result = await run('MATCH (p:Place {kind: $kind}) RETURN p.name AS name, p ORDER BY name', {
      parameters: { kind: 'TOWN' },
    });
    expect(result.columns).toEqual(['name', 'p']);
    expect(result.truncated).toBe(false);
    expect(result.rows.map((row) => row.name)).toEqual(['嘉泽镇', '湖塘镇']);
    expect(result.rows[0]!.p).toEqual({
      id: PLACES.jiaze.id,
      label: 'Place',
      name: '嘉泽镇',
      properties: { kind: 'TOWN', code: '320412119', aliases: ['嘉泽', '花木之乡'] },
    });
  });

  it('turns integers into numbers and names relationship ends by towngraph id', async () => {
    const result = await run(
      'MATCH (t:Place {id: $id})-[r:LOCATED_IN]->(d) RETURN r, count { (t)--() } >= $least AS busy, $year + 1 AS next',
      { parameters: { id: PLACES.hutang.id, least: 1, year: 2025 } },
    );
    expect(result.rows).toHaveLength(1);
    const row = result.rows[0]!;
    expect(row.next).toBe(2026);
    expect(row.busy).toBe(true);
    expect(row.r).toMatchObject({ type: 'LOCATED_IN', from: PLACES.hutang.id, to: PLACES.wujin.id });
    expect((row.r as { properties: { start: unknown } }).properties.start).toEqual(expect.any(Number));
  });

  it('returns paths as their nodes and relationships', async () => {
    const result = await run('MATCH p = (:Place {id: $from})-[:LOCATED_IN*2]->(top) RETURN p', {
      parameters: { from: PLACES.xinnan.id },
    });
    const path = result.rows[0]!.p as {
      nodes: { name: string }[];
      relationships: { from: string; to: string }[];
    };
    expect(path.nodes.map((node) => node.name)).toEqual(['新南村', '嘉泽镇', '武进区']);
    expect(path.relationships.map((rel) => [rel.from, rel.to])).toEqual([
      [PLACES.xinnan.id, PLACES.jiaze.id],
      [PLACES.jiaze.id, PLACES.wujin.id],
    ]);
  });

  it('stops at maxRows and says the result was truncated', async () => {
    const capped = await run('UNWIND range(1, $n) AS i RETURN i', { parameters: { n: 50 }, maxRows: 5 });
    expect(capped.rows.map((row) => row.i)).toEqual([1, 2, 3, 4, 5]);
    expect(capped.truncated).toBe(true);
    const exact = await run('UNWIND range(1, 5) AS i RETURN i', { maxRows: 5 });
    expect(exact.truncated).toBe(false);
  });

  it('refuses writes with CYPHER_WRITE_REFUSED and writes nothing', async () => {
    const before = await store.countByLabel();
    for (const query of [
      'CREATE (n:Place {id: "place:1", name: "x"}) RETURN n',
      'MATCH (n) DETACH DELETE n',
      'MATCH (n) SET n.x = 1',
    ]) {
      const attempt = run(query);
      await expect(attempt).rejects.toBeInstanceOf(CypherError);
      await expect(attempt).rejects.toMatchObject({ code: 'CYPHER_WRITE_REFUSED', status: 403 });
    }
    expect(await store.countByLabel()).toEqual(before);
    const touched = await run('MATCH (n) WHERE n.x IS NOT NULL RETURN count(n) AS count');
    expect(touched.rows[0]!.count).toBe(0);
  });

  it('reports syntax errors and missing parameters as CYPHER_INVALID', async () => {
    await expect(run('MATCH (n RETURN n')).rejects.toMatchObject({ code: 'CYPHER_INVALID' });
    await expect(run('RETURN $missing')).rejects.toMatchObject({ code: 'CYPHER_INVALID' });
  });

  it('refuses to read local files through LOAD CSV', async () => {
    await expect(run("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line")).rejects.toMatchObject({
      code: 'CYPHER_INVALID',
    });
  });

  it('ends a query past its timeout with CYPHER_TIMEOUT', async () => {
    const slow = run('UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 12345 RETURN count(*)', {
      timeoutMs: 300,
    });
    await expect(slow).rejects.toMatchObject({ code: 'CYPHER_TIMEOUT' });
  });
});
