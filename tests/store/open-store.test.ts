import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, storeConfigFromEnv } from '../../store';
import { MemoryGraphStore } from '../../store/memory';
import { reportJiaze } from '../contract/fixtures';
import { temporaryDirs } from './data-dir-helpers';

const newDir = temporaryDirs();

// The Neo4j backend is replaced by a stand-in: this file tests the factory's wiring (the
// contract suite tests the backend itself against a real server). The factory counts
// loads of the module, to show that the embedded store never loads it.
const mockNeo4jStore = { backend: 'neo4j' };
const mockOpenNeo4jStore = jest.fn(async () => mockNeo4jStore);
let mockNeo4jLoads = 0;
jest.mock('../../store/neo4j', () => {
  mockNeo4jLoads += 1;
  return { openNeo4jStore: mockOpenNeo4jStore };
});

describe('storeConfigFromEnv', () => {
  it('chooses Neo4j when NEO4J_URI is set, with its settings', () => {
    const env = {
      NEO4J_URI: 'bolt://127.0.0.1:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'towns',
    };
    expect(storeConfigFromEnv(env, { dataDir: 'data' })).toEqual({
      backend: 'neo4j',
      uri: 'bolt://127.0.0.1:7687',
      user: 'neo4j',
      password: 'secret',
      database: 'towns',
    });
    expect(storeConfigFromEnv({ NEO4J_URI: 'neo4j://db' })).toEqual({
      backend: 'neo4j',
      uri: 'neo4j://db',
      user: undefined,
      password: undefined,
      database: undefined,
    });
  });

  it('chooses the embedded store otherwise, in TOWNGRAPH_DATA_DIR or the default directory', () => {
    expect(storeConfigFromEnv({ TOWNGRAPH_DATA_DIR: '/srv/graph' }, { dataDir: 'data' })).toEqual({
      backend: 'memory',
      dataDir: '/srv/graph',
    });
    expect(storeConfigFromEnv({}, { dataDir: 'data' })).toEqual({ backend: 'memory', dataDir: 'data' });
    expect(storeConfigFromEnv({})).toEqual({ backend: 'memory', dataDir: undefined });
    expect(storeConfigFromEnv({ TOWNGRAPH_DATA_DIR: 'none' }, { dataDir: 'data' })).toEqual({
      backend: 'memory',
      dataDir: undefined,
    });
  });
});

describe('openStore', () => {
  it('opens the embedded store, persisted when given a data directory', async () => {
    const dataDir = await newDir();
    const store = await openStore({ backend: 'memory', dataDir });
    expect(store).toBeInstanceOf(MemoryGraphStore);
    expect(store.backend).toBe('memory');
    await store.loadDocument(reportJiaze());
    await store.close();
    expect(existsSync(join(dataDir, 'snapshot.json'))).toBe(true);
    const reopened = await openStore({ backend: 'memory', dataDir });
    expect((await reopened.countByLabel()).Document).toBe(1);
    await reopened.close();
    expect(mockNeo4jLoads).toBe(0);
  });

  it('hands Neo4j configs to the Neo4j backend, loaded only then', async () => {
    const config = { backend: 'neo4j' as const, uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'pw' };
    await expect(openStore(config)).resolves.toBe(mockNeo4jStore);
    expect(mockOpenNeo4jStore).toHaveBeenCalledTimes(1);
    expect(mockOpenNeo4jStore).toHaveBeenCalledWith(config);
    expect(mockNeo4jLoads).toBe(1);
  });
});
