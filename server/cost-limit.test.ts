import { startTestServer, type TestServer } from '../tests/api/harness';
import { jiazeRecords } from '../tests/api/fixtures';

// The limit is low enough that `first: $n` decides: towns(first: n) { projects(first: n) }
// costs n × (1 + 5 + n), under 1000 for n = 10 and over it for n = 40.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ records: [jiazeRecords()], config: { limits: { maxCost: 1000 } } });
});
afterAll(() => server.close());

async function code(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const { body } = await server.graphql(query, { variables });
  return body.errors?.[0]?.extensions?.code;
}

describe('the cost limit on repeated operations (cost counted once per document)', () => {
  it('refuses a costly operation every time it is sent, not only the first', async () => {
    const costly = '{ towns(first: 40) { projects(first: 40) { name } } }';
    for (let i = 0; i < 3; i += 1) expect(await code(costly)).toBe('QUERY_TOO_COSTLY');
  });

  it('follows a changed first: $n in both directions with the same text', async () => {
    const query = 'query($n: Int) { towns(first: $n) { projects(first: $n) { name } } }';
    expect(await code(query, { n: 10 })).toBeUndefined();
    expect(await code(query, { n: 40 })).toBe('QUERY_TOO_COSTLY');
    expect(await code(query, { n: 10 })).toBeUndefined();
    expect(await code(query, { n: 40 })).toBe('QUERY_TOO_COSTLY');
  });

  it('follows a changed @include(if: $x) with the same text', async () => {
    const query =
      'query($x: Boolean!) { towns(first: 10) { name } costly: towns(first: 40) @include(if: $x) { projects(first: 40) { name } } }';
    expect(await code(query, { x: false })).toBeUndefined();
    expect(await code(query, { x: true })).toBe('QUERY_TOO_COSTLY');
    expect(await code(query, { x: false })).toBeUndefined();
  });

  it('reports the cost of the variables sent, not of the ones remembered', async () => {
    const query = 'query($n: Int) { towns(first: $n) { projects(first: $n) { name } } }';
    const { body } = await server.graphql(query, { variables: { n: 50 } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 50 * (1 + 5 + 50) });
    const other = await server.graphql(query, { variables: { n: 60 } });
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ cost: 60 * (1 + 5 + 60) });
  });

  it('leaves variables that do not fit their types to execution, each time', async () => {
    const query = 'query($n: Int) { towns(first: $n) { name } }';
    for (let i = 0; i < 2; i += 1) expect(await code(query, { n: 'many' })).toBe('BAD_REQUEST');
  });
});
