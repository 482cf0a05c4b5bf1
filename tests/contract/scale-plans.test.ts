import pino from 'pino';
import neo4j from 'neo4j-driver';
import { completeServerConfig, createServer, type TowngraphServer } from '../../server';
import { openStore } from '../../store';
import type { GraphStore } from '../../store/graph-store';
import { Neo4jGraphStore } from '../../store/neo4j/Neo4jGraphStore';
import { noAuth } from '../../store/neo4j/open-store';
import { countingDriver } from '../neo4j/counting-driver';
import { useNeo4j } from '../neo4j/neo4j-server';
import { benchQueries } from '../../bench/api-queries';
import { DocumentBuilder, entity, place } from './fixture-builder';
import { postQuery } from './graphql-queries';

/**
 * What grows with the corpus on Neo4j, held to its plan (database hits and rows from
 * `PROFILE`, which do not move with the machine's load), on a graph shaped as the bench
 * corpus is: every document restates the LOCATED_IN chain of its places, so each hop up
 * to the province holds one edge per document, and a listing's label holds many nodes.
 * Each answer must still be the embedded store's, in the same order.
 */

const DOCUMENTS = 10;
const PROJECTS = 60;
/** Targets of the town, half of them of the bench's year; two share each name. */
const TARGETS = 80;
const YEAR = 2022;

const PROVINCE = place({ code: '33', name: '浙江省', kind: 'PROVINCE' });
const CITY = place({ code: '3302', name: '宁波市', kind: 'CITY' });
const DISTRICT = place({ code: '330226', name: '宁海县', kind: 'DISTRICT' });
const TOWN_A = place({ code: '330226104', name: '一市镇', kind: 'TOWN' });
const TOWN_B = place({ code: '330226105', name: '丁伙镇', kind: 'TOWN' });
const VILLAGE = place({ code: '330226104201', name: '东岙村', kind: 'VILLAGE' });

/** Document i restates the chain of both towns and adds its share of the projects. */
function document(index: number) {
  const doc = new DocumentBuilder({
    text: `第${index}篇：一市镇和丁伙镇的项目。`,
    title: `第${index}篇`,
    source: `scale-${index}`,
    publishedAt: '2022-03-01',
  });
  for (const node of [PROVINCE, CITY, DISTRICT, TOWN_A, TOWN_B, VILLAGE]) doc.add(node);
  doc.relate({ type: 'LOCATED_IN', from: CITY.id, to: PROVINCE.id });
  doc.relate({ type: 'LOCATED_IN', from: DISTRICT.id, to: CITY.id });
  doc.relate({ type: 'LOCATED_IN', from: TOWN_A.id, to: DISTRICT.id });
  doc.relate({ type: 'LOCATED_IN', from: TOWN_B.id, to: DISTRICT.id });
  doc.relate({ type: 'LOCATED_IN', from: VILLAGE.id, to: TOWN_A.id });
  for (let p = index; p < PROJECTS; p += DOCUMENTS) {
    const project = entity({
      label: 'Project',
      name: `项目${String(p).padStart(2, '0')}号`,
      properties: { status: p % 2 === 0 ? 'PLANNED' : 'UNDER_CONSTRUCTION' },
    });
    doc.add(project);
    doc.relate({ type: 'LOCATED_IN', from: project.id, to: (p % 3 === 0 ? TOWN_A : VILLAGE).id });
  }
  for (let t = index; t < TARGETS; t += DOCUMENTS) {
    const year = t % 2 === 0 ? YEAR : YEAR + 1;
    const target = entity({
      label: 'Target',
      name: `目标${String(Math.floor(t / 2)).padStart(2, '0')}`,
      properties: { metric: '地区生产总值', value: t * 10, unit: '亿元', year },
      key: [TOWN_A.name, String(year), String(t)],
    });
    doc.add(target);
    doc.relate({ type: 'TARGETS', from: TOWN_A.id, to: target.id });
  }
  return doc.records();
}

/** The bench's own queries, so the plans checked here are those the bench measures. */
const QUERIES = new Map(
  benchQueries({ townA: TOWN_A.id, townB: TOWN_B.id, searchText: '', year: YEAR }).map((q) => [q.name, q]),
);

function benchQuery(name: string): { query: string; variables: Record<string, unknown> } {
  const found = QUERIES.get(name);
  if (!found) throw new Error(`no bench query named ${name}`);
  return { query: found.query, variables: found.variables ?? {} };
}

interface Plan {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  arguments?: { Details?: string };
  children?: Plan[];
}

const operators = (plan: Plan): Plan[] => [plan, ...(plan.children ?? []).flatMap(operators)];
const dbHits = (plan: Plan): number => operators(plan).reduce((sum, op) => sum + (op.dbHits ?? 0), 0);

function serve(store: GraphStore): TowngraphServer {
  return createServer({
    store,
    config: completeServerConfig({ port: 0 }),
    explorer: false,
    logger: pino({ level: 'silent' }),
  });
}

describe('plans that must not grow with the corpus (Neo4j)', () => {
  const neo4jServer = useNeo4j();
  const stores: GraphStore[] = [];
  const servers: TowngraphServer[] = [];
  let memoryUrl: string;
  let neo4jUrl: string;
  let sent: string[];

  beforeAll(async () => {
    const memory = await openStore({ backend: 'memory' });
    const loaded = await neo4jServer.openEmpty();
    stores.push(memory, loaded);
    for (let i = 0; i < DOCUMENTS; i += 1) {
      await memory.loadDocument(document(i));
      await loaded.loadDocument(document(i));
    }
    // The server's store records the text of every statement it sends.
    const counting = countingDriver(neo4j.driver(neo4jServer.uri, noAuth()));
    sent = counting.counts.statements;
    const served = new Neo4jGraphStore({ driver: counting.driver });
    stores.push(served);
    servers.push(serve(memory), serve(served));
    memoryUrl = (await servers[0]!.listen(0)).url;
    neo4jUrl = (await servers[1]!.listen(0)).url;
  }, 300_000);

  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const store of stores) await store.close();
  });

  /** The one statement a request sends on Neo4j, its answer checked against the embedded store's. */
  async function statementOf({ query, variables }: ReturnType<typeof benchQuery>): Promise<string[]> {
    const fromMemory = await postQuery(memoryUrl, query, variables);
    sent.length = 0;
    const fromNeo4j = await postQuery(neo4jUrl, query, variables);
    expect(fromNeo4j).toEqual(fromMemory);
    return sent.splice(0);
  }

  async function profile(text: string, parameters: Record<string, unknown>): Promise<Plan> {
    const { summary } = await neo4jServer.driver.executeQuery(`PROFILE ${text}`, parameters);
    return summary.profile as unknown as Plan;
  }

  it('walks the places above a town each once, not every path through the parallel edges', async () => {
    const [statement] = await statementOf(benchQuery('a town with its projects'));
    const plan = await profile(statement!, { ids: [TOWN_A.id], cap: neo4j.int(100_001) });
    // Walking every path (10 × 10 × 10 to the province) read 3 818 hits here; walking each
    // place once and reading its edges reads 755, and grows with the edges, not their product.
    expect(dbHits(plan)).toBeLessThan(1500);
  });

  it('reads each parallel edge above a town once, and sends each place above once, no edge', async () => {
    const [statement] = await statementOf(benchQuery('a town with its projects'));
    // district { name } and city { name } read the places above, not the edges: no edge
    // key comes back (a key per parallel edge: one per document stating it).
    expect(statement).not.toMatch(/\.key\b/);
    const plan = await profile(statement!, { ids: [TOWN_A.id], cap: neo4j.int(100_001) });
    // 755 hits here with every edge sent, 494 with the places alone.
    expect(dbHits(plan)).toBeLessThan(600);
    // town → district → city → province: DOCUMENTS parallel edges a hop, each read once
    // (the walk with anchors read them three times: to find the anchors, their edges, their ends).
    const up = operators(plan).filter(
      (op) => op.operatorType.includes('Expand') && /LOCATED_IN[^\]]*\]->/.test(op.arguments?.Details ?? ''),
    );
    expect(up.length).toBeGreaterThan(0);
    expect(up.reduce((sum, op) => sum + (op.rows ?? 0), 0)).toBeLessThanOrEqual(3 * DOCUMENTS);
  });

  it('reads the first page of projects from the name index, not a sort of every project', async () => {
    const [statement] = await statementOf(benchQuery('a page of projects'));
    const plan = await profile(statement!, { offset: neo4j.int(0), limit: neo4j.int(21) });
    const all = operators(plan);
    expect(all.map((op) => op.operatorType.replace(/@.*/, ''))).toContain('NodeIndexScan');
    // No operator handles every project: the scan stops one past the page.
    expect(Math.max(...all.map((op) => op.rows ?? 0))).toBeLessThan(PROJECTS / 2);
  });

  it('reads the first page of targets of a year from the (year, name) index, in order', async () => {
    const [statement] = await statementOf(benchQuery('targets of a year'));
    const plan = await profile(statement!, {
      propertyValue0: neo4j.int(YEAR),
      offset: neo4j.int(0),
      limit: neo4j.int(20),
    });
    const all = operators(plan);
    const names = all.map((op) => op.operatorType.replace(/@.*/, ''));
    expect(names).toContain('PartialTop');
    expect(names).not.toContain('Top');
    // Only the count reads every target of the year (its index seek, one hit each);
    // the page's seek stops one past the page.
    const full = all.filter((op) => (op.rows ?? 0) >= TARGETS / 2);
    expect(full.map((op) => op.operatorType.replace(/@.*/, ''))).toEqual(['NodeIndexSeek']);
    expect(dbHits(plan)).toBeLessThan(TARGETS / 2 + 120);
  });

  it('traces without reading the documents of the nodes on the paths', async () => {
    const statements = await statementOf(benchQuery('trace between two towns'));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement).not.toContain('MENTIONED_IN');
      expect(statement).not.toContain('{ .* }');
    }
  });

  it('sends the same statement text for every town and page, so Neo4j plans each shape once', async () => {
    // Neo4j's plan cache is keyed by the text: a value written into it would be a new
    // statement, planned again, for every town. Every value is a parameter.
    for (const name of ['a town with its projects', 'a page of projects', 'targets of a year']) {
      const query = benchQuery(name);
      const first = await statementOf(query);
      const otherTown = { ...query, variables: { ...query.variables, id: TOWN_B.id } };
      const second = await statementOf(name === 'a town with its projects' ? otherTown : query);
      expect(second).toEqual(first);
      for (const statement of first) {
        for (const value of [TOWN_A.id, TOWN_B.id, String(YEAR)]) expect(statement).not.toContain(value);
      }
    }
  });
});
