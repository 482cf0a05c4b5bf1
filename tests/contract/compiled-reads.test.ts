import pino from 'pino';
import neo4j from 'neo4j-driver';
import { benchQueries } from '../../bench/api-queries';
import { completeServerConfig, createServer, type TowngraphServer } from '../../server';
import { openStore } from '../../store';
import type { GraphStore } from '../../store/graph-store';
import { Neo4jGraphStore } from '../../store/neo4j/Neo4jGraphStore';
import { noAuth } from '../../store/neo4j/open-store';
import { countingDriver, type DriverCounts } from '../neo4j/counting-driver';
import { useNeo4j } from '../neo4j/neo4j-server';
import { loadSeeds } from './graphql-queries';

/**
 * On Neo4j, `node` and `nodes` compile their whole selection into one statement (see
 * resolvers/compiled). The answers must be those of the embedded store, which reads level
 * by level through its loaders: the same data, the same order, the same cut lists.
 */

const JIAZE = 'place:320412119';
const HUTANG = 'place:320412100';

const BENCH = benchQueries({ townA: JIAZE, townB: HUTANG, searchText: '嘉泽', year: 2021 }).filter(
  (query) => query.name !== 'trivial { __typename }',
);

const SHAPES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'towns with their districts, cities, projects and goals': {
    query: /* GraphQL */ `
      {
        towns {
          name
          district {
            name
          }
          city {
            name
          }
          projects(first: 4) {
            name
          }
          targets {
            metric
            value
            unit
            year
          }
        }
      }
    `,
  },
  'search hits with their places': {
    query: /* GraphQL */ `
      {
        search(text: "镇", first: 20) {
          score
          node {
            id
            ... on Place {
              parent {
                name
              }
              children(first: 2) {
                totalCount
              }
            }
          }
        }
      }
    `,
  },
  'aliases and fragments': {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ...TownParts
          ... on Place {
            here: name
            up: district {
              n: name
            }
          }
        }
      }
      fragment TownParts on Place {
        firstTwo: projects(first: 2) {
          name
          status
        }
        all: projects {
          id
        }
        city {
          name
          kind
        }
        ancestors {
          id
        }
        children(first: 3) {
          totalCount
          edges {
            node {
              name
            }
          }
        }
      }
    `,
    variables: { id: JIAZE },
  },
  'projects with their evidence': {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ... on Entity {
            provenance {
              documentId
              start
            }
          }
          ... on Place {
            projects(first: 5) {
              provenance {
                documentId
                sentence
                start
                end
                rule
              }
            }
          }
        }
      }
    `,
    variables: { id: JIAZE },
  },
  'nested lists with first, several roots, one missing': {
    query: /* GraphQL */ `
      query ($ids: [ID!]!) {
        nodes(ids: $ids) {
          id
          ... on Place {
            projects(first: 3) {
              name
              enterprise {
                name
              }
              place {
                id
              }
              programmes {
                name
              }
              targets {
                metric
                year
              }
            }
            targetsConnection(first: 2) {
              totalCount
              edges {
                node {
                  metric
                  subject {
                    id
                  }
                }
              }
            }
            programmes {
              name
              places {
                id
              }
            }
          }
        }
      }
    `,
    variables: { ids: [JIAZE, HUTANG, 'place:absent'] },
  },
  // Only ids, names and the kinds the walks filter on: nodes projected, edges without evidence.
  'names below a town, nothing else read': {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          id
          ... on Place {
            name
            kind
            parent {
              name
            }
            children(first: 5) {
              totalCount
              edges {
                node {
                  name
                }
              }
            }
            zones {
              name
              places {
                id
              }
            }
            enterprises(first: 5) {
              totalCount
              edges {
                node {
                  name
                  projects {
                    name
                  }
                }
              }
            }
            programmes {
              name
            }
          }
        }
      }
    `,
    variables: { id: JIAZE },
  },
  // Every field whose LOCATED_IN walk the store answers with distinct other ends alone.
  'the zones of a town with their places and projects': {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ... on Place {
            zones {
              name
              places {
                name
              }
              projects {
                name
                zone {
                  name
                }
              }
            }
          }
        }
      }
    `,
    variables: { id: HUTANG },
  },
  "the places of the projects of a town's zones": {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ... on Place {
            zones {
              projects {
                name
                place {
                  name
                  district {
                    name
                  }
                }
              }
            }
          }
        }
      }
    `,
    variables: { id: HUTANG },
  },
  'the places and zones of projects and enterprises': {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ... on Place {
            projects(first: 5) {
              name
              place {
                name
              }
              zone {
                name
              }
            }
            enterprises(first: 5) {
              edges {
                node {
                  name
                  place {
                    name
                  }
                  zone {
                    name
                  }
                }
              }
            }
          }
        }
      }
    `,
    variables: { id: HUTANG },
  },
  // Edge evidence read (provenance, a person's role from SERVES_IN) beside projected nodes.
  'people with their roles, goals with their evidence': {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ... on Place {
            aliases
            people {
              name
              role
            }
            targets(first: 5) {
              metric
              value
              unit
              year
              provenance {
                documentId
                sentence
                start
              }
            }
          }
        }
      }
    `,
    variables: { id: JIAZE },
  },
  'a page of goals with their subjects': {
    query: /* GraphQL */ `
      {
        targets(filter: { year: 2021 }, first: 5) {
          totalCount
          edges {
            node {
              name
              metric
              value
              valueMax
              qualifier
              hard
              subject {
                id
                name
              }
            }
          }
        }
      }
    `,
  },
  // Fields that read the documents of nodes the other root fields have read already.
  'documents mentioning a town, and place stats, beside the town and its projects': {
    query: /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ... on Place {
            name
            projects(first: 3) {
              name
            }
          }
        }
        documents(filter: { mentions: $id }) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
        stats {
          places(first: 3) {
            place {
              name
            }
            counts {
              kind
              count
            }
          }
        }
      }
    `,
    variables: { id: JIAZE },
  },
};

interface Answer {
  data?: unknown;
  errors?: unknown;
  extensions?: { truncated?: string[] };
}

async function ask(
  url: string,
  body: { query: string; variables?: Record<string, unknown> },
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: body.query, variables: body.variables }),
  });
  return (await response.json()) as Answer;
}

function serve(store: GraphStore, limits: { maxReads?: number } = {}): TowngraphServer {
  return createServer({
    store,
    config: completeServerConfig({ port: 0, limits }),
    explorer: false,
    logger: pino({ level: 'silent' }),
  });
}

describe('compiled reads on Neo4j', () => {
  const neo4jServer = useNeo4j();
  const stores: GraphStore[] = [];
  const servers: TowngraphServer[] = [];
  let memoryUrl: string;
  let neo4jUrl: string;
  let counts: DriverCounts;
  let served: Neo4jGraphStore;
  /** Servers allowed five reads per request. */
  const frugal: { memory?: string; neo4j?: string } = {};

  beforeAll(async () => {
    const memory = await openStore({ backend: 'memory' });
    const loaded = await neo4jServer.openEmpty();
    stores.push(memory, loaded);
    await Promise.all([loadSeeds(memory), loadSeeds(loaded)]);
    // The server's store counts what it sends, through a driver of its own.
    const counting = countingDriver(neo4j.driver(neo4jServer.uri, noAuth()));
    counts = counting.counts;
    served = new Neo4jGraphStore({ driver: counting.driver });
    stores.push(served);
    servers.push(
      serve(memory),
      serve(served),
      serve(memory, { maxReads: 5 }),
      serve(served, { maxReads: 5 }),
    );
    memoryUrl = (await servers[0]!.listen(0)).url;
    neo4jUrl = (await servers[1]!.listen(0)).url;
    frugal.memory = (await servers[2]!.listen(0)).url;
    frugal.neo4j = (await servers[3]!.listen(0)).url;
  }, 300_000);

  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const store of stores) await store.close();
  });

  const cases = [...BENCH.map((query) => [query.name, query] as const), ...Object.entries(SHAPES)];

  it.each(cases)('%s: the same answer, in the same order, as the embedded store', async (_name, query) => {
    const [fromMemory, fromNeo4j] = await Promise.all([ask(memoryUrl, query), ask(neo4jUrl, query)]);
    expect(fromMemory.errors).toBeUndefined();
    expect(JSON.stringify(fromMemory.data)).not.toMatch(/^(null|\{\})$/);
    expect(fromNeo4j.errors).toBeUndefined();
    expect(fromNeo4j.data).toEqual(fromMemory.data);
    // The cut lists, in the server's stable order, whichever store resolved them first.
    expect(fromNeo4j.extensions?.truncated).toEqual(fromMemory.extensions?.truncated);
    // A text asked again runs through its compiled execution (graphql-jit): the same answers.
    const [again, againNeo4j] = await Promise.all([ask(memoryUrl, query), ask(neo4jUrl, query)]);
    expect(again.data).toEqual(fromMemory.data);
    expect(againNeo4j.data).toEqual(fromMemory.data);
    expect(againNeo4j.extensions?.truncated).toEqual(fromMemory.extensions?.truncated);
  });

  it('plans a text once per values of the variables below its root field, not per id', async () => {
    // The server keeps a plan per root field node and values of the variables below it:
    // the same text with other ids, or other values that change the walks and the
    // selection, answers as the embedded store does each time.
    const query = /* GraphQL */ `
      query Kept($id: ID!, $under: Boolean!, $withProjects: Boolean!) {
        node(id: $id) {
          ... on Place {
            name
            targets(includeUnder: $under) {
              metric
              year
            }
            projects @include(if: $withProjects) {
              name
            }
          }
        }
      }
    `;
    for (const id of [JIAZE, HUTANG])
      for (const under of [false, true])
        for (const withProjects of [true, false]) {
          const body = { query, variables: { id, under, withProjects } };
          const [fromMemory, fromNeo4j] = await Promise.all([ask(memoryUrl, body), ask(neo4jUrl, body)]);
          expect(fromMemory.errors).toBeUndefined();
          expect(fromNeo4j.errors).toBeUndefined();
          expect(fromNeo4j.data).toEqual(fromMemory.data);
        }
  });

  it('cuts nested lists at their first and says so, as the embedded store does', async () => {
    const answer = await ask(neo4jUrl, SHAPES['aliases and fragments']!);
    expect(answer.extensions?.truncated).toContain('node.firstTwo');
  });

  it.each(['a town with its projects', 'a page of projects', 'targets of a year', 'search'])(
    '%s: one session and one statement on Neo4j',
    async (name) => {
      const query = BENCH.find((candidate) => candidate.name === name)!;
      counts.sessions = 0;
      counts.statements.length = 0;
      counts.transactions = 0;
      const answer = await ask(neo4jUrl, query);
      expect(answer.errors).toBeUndefined();
      expect(counts.sessions).toBe(1);
      expect(counts.statements).toHaveLength(1);
      // One statement: auto-commit, without a BEGIN and a COMMIT around it.
      expect(counts.transactions).toBe(0);
      // No field of these reads a node's documents: the statement leaves them out.
      expect(counts.statements[0]).not.toContain('MENTIONED_IN');
      // Nor whole property maps, nor edge evidence: only what the fields read.
      expect(counts.statements[0]).not.toContain('{ .* }');
      expect(counts.statements[0]).not.toContain('properties(');
    },
  );

  it('reads edge evidence when a field reads it, and whole nodes when a field is not known to read less', async () => {
    counts.statements.length = 0;
    expect(
      (await ask(neo4jUrl, SHAPES['people with their roles, goals with their evidence']!)).errors,
    ).toBeUndefined();
    expect(counts.statements.join('\n')).toContain('properties(');
    expect(counts.statements.join('\n')).not.toContain('{ .* }');
    counts.statements.length = 0;
    const whole = SHAPES['documents mentioning a town, and place stats, beside the town and its projects']!;
    expect((await ask(neo4jUrl, whole)).errors).toBeUndefined();
    expect(counts.statements.join('\n')).toContain('{ .* }');
  });

  it('a town with its projects read level by level (no prefetch, a session per call) costs many statements', async () => {
    const levelByLevel = new Proxy(served, {
      get(target, property, receiver) {
        if (property === 'prefetch' || property === 'forRequest') return undefined;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const server = serve(levelByLevel);
    servers.push(server);
    const { url } = await server.listen(0);
    const town = BENCH.find((query) => query.name === 'a town with its projects')!;
    counts.sessions = 0;
    counts.statements.length = 0;
    expect((await ask(url, town)).data).toEqual((await ask(memoryUrl, town)).data);
    expect(counts.statements.length).toBeGreaterThan(5);
    expect(counts.sessions).toBe(counts.statements.length);
  });

  it('charges the compiled read to the read budget: WORK_LIMIT on both stores', async () => {
    const town = BENCH.find((query) => query.name === 'a town with its projects')!;
    const answers = await Promise.all([ask(frugal.memory!, town), ask(frugal.neo4j!, town)]);
    // The embedded store fails field by field, the compiled read at the root; both refuse.
    for (const answer of answers) {
      const codes = (answer.errors as { extensions: { code: string } }[]).map(
        (error) => error.extensions.code,
      );
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['WORK_LIMIT']));
    }
  });

  it('does not read past the request deadline', async () => {
    const deadline = new AbortController();
    deadline.abort();
    const view = served.forRequest({ signal: deadline.signal });
    const read = view.prefetch!({
      ids: [JIAZE],
      steps: [{ onLabel: 'Place', walk: { type: 'LOCATED_IN', direction: 'IN', depth: 8 }, nested: [] }],
      maxReads: 100,
      signal: deadline.signal,
    });
    await expect(read).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    await view.release();
  });

  it('lists towns in one statement and walks below all of them in one more', async () => {
    counts.statements.length = 0;
    counts.transactions = 0;
    const answer = await ask(neo4jUrl, SHAPES['towns with their districts, cities, projects and goals']!);
    expect(answer.errors).toBeUndefined();
    expect(counts.statements).toHaveLength(2);
    // The first auto-commit, the second in the request's one read transaction.
    expect(counts.transactions).toBe(1);
  });

  it('answers a nested selection over several roots in one statement', async () => {
    counts.statements.length = 0;
    const answer = await ask(neo4jUrl, SHAPES['nested lists with first, several roots, one missing']!);
    expect(answer.errors).toBeUndefined();
    expect(counts.statements).toHaveLength(1);
    expect(counts.statements[0]).toMatch(/^UNWIND/);
  });

  // Last: it deletes a seed document.
  it('reads, writes and reads again in one request session, the last read seeing the write', async () => {
    counts.sessions = 0;
    const view = served.forRequest({});
    const before = await view.findNodes({
      filter: { label: 'Document' },
      sort: [{ field: 'id', direction: 'ASC' }],
    });
    const [first] = before.nodes;
    expect(first).toBeDefined();
    // The read transaction is open here; the write must end it and run in the same session.
    expect((await view.deleteDocument(first!.id)).deleted).toBe(true);
    const after = await view.findNodes({ filter: { label: 'Document' } });
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(await view.getNodes([first!.id])).toEqual([null]);
    await view.release();
    expect(counts.sessions).toBe(1);
  });
});
