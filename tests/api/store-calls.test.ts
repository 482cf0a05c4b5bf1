import { countingStore, type CountingStore } from './counting-store';
import { hutangRecords, jiazeRecords, scaledRecords } from './fixtures';
import { startTestServer } from './harness';

const NESTED = /* GraphQL */ `
  {
    towns(first: 60) {
      name
      district {
        name
      }
      city {
        name
      }
      projects(first: 10) {
        name
      }
      targets(first: 10) {
        value
      }
    }
  }
`;

/** Store calls one query costs over a graph of `towns` synthetic towns. */
async function callsFor(options: {
  towns: number;
  query: string;
}): Promise<{ calls: number; byMethod: Record<string, number>; answered: number }> {
  let counter: CountingStore | undefined;
  const server = await startTestServer({
    records: [scaledRecords(options.towns)],
    wrap: (store) => {
      counter = countingStore(store);
      return counter.store;
    },
  });
  try {
    const { body } = await server.graphql<{
      towns: { projects: unknown[]; targets: unknown[]; district: unknown }[];
    }>(options.query);
    expect(body.errors).toBeUndefined();
    const towns = body.data?.towns ?? [];
    expect(
      towns.every((town) => town.projects.length === 2 && town.targets.length === 2 && town.district),
    ).toBe(true);
    return {
      calls: counter?.total() ?? 0,
      byMethod: Object.fromEntries(counter?.calls ?? []),
      answered: towns.length,
    };
  } finally {
    await server.close();
  }
}

/** Goals under each town, their subjects, and per-town stats: the heavier walks. */
const WIDE = /* GraphQL */ `
  {
    towns(first: 60) {
      district {
        name
      }
      projects(first: 5) {
        name
        programmes(first: 5) {
          name
        }
      }
      targets(includeUnder: true, first: 5) {
        value
        subject {
          id
        }
        provenance(first: 5) {
          sentence
          document {
            title
          }
        }
      }
    }
    stats {
      places(first: 60) {
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
`;

describe('store calls per request', () => {
  it('keeps the heavier walks constant too', async () => {
    const small = await callsFor({ towns: 3, query: WIDE });
    const large = await callsFor({ towns: 40, query: WIDE });
    expect(large.answered).toBe(40);
    expect(large.byMethod).toEqual(small.byMethod);
  });

  it('costs the same number of store calls for 3 towns as for 60', async () => {
    const small = await callsFor({ towns: 3, query: NESTED });
    const large = await callsFor({ towns: 60, query: NESTED });
    expect(small.answered).toBe(3);
    expect(large.answered).toBe(60);
    expect(large.calls).toBe(small.calls);
    expect(large.byMethod).toEqual(small.byMethod);
    // One listing, a few edge and node batches per level of the place tree.
    expect(large.calls).toBeLessThanOrEqual(12);
    expect(large.byMethod.findNodes).toBe(1);
  });

  it('batches the nodes and edges of a whole listing page', async () => {
    let counter: CountingStore | undefined;
    const server = await startTestServer({
      records: [jiazeRecords(), hutangRecords()],
      wrap: (store) => {
        counter = countingStore(store);
        return counter.store;
      },
    });
    try {
      const { body } =
        await server.graphql(`{ projects(first: 10) { edges { node { name place { name } enterprise { name }
        programmes { name } provenance { sentence document { title } } } } } }`);
      expect(body.errors).toBeUndefined();
      expect(counter?.calls.get('findNodes')).toBe(1);
      expect(counter?.total()).toBeLessThanOrEqual(10);
    } finally {
      await server.close();
    }
  });
});
