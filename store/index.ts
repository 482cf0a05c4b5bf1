import type { GraphStore } from './graph-store';
import { MemoryGraphStore } from './memory';

export type MemoryStoreConfig = { backend: 'memory'; dataDir?: string };
export type Neo4jStoreConfig = {
  backend: 'neo4j';
  uri: string;
  user?: string;
  password?: string;
  database?: string;
};
export type StoreConfig = MemoryStoreConfig | Neo4jStoreConfig;

export type { GraphStore } from './graph-store';

/** What store/neo4j exports; typed here so that this file compiles before that backend exists. */
interface Neo4jBackendModule {
  openNeo4jStore(config: Neo4jStoreConfig): Promise<GraphStore>;
}

/** Opens the configured backend. Neo4j is loaded only when asked for, so the embedded store needs no driver. */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  if (config.backend === 'memory') return MemoryGraphStore.open({ dataDir: config.dataDir });
  return (await loadNeo4jBackend()).openNeo4jStore(config);
}

async function loadNeo4jBackend(): Promise<Neo4jBackendModule> {
  const path = './neo4j';
  let backend: Partial<Neo4jBackendModule>;
  try {
    // A variable path keeps the type checker from requiring the module to exist.
    backend = (await import(path)) as Partial<Neo4jBackendModule>;
  } catch (error) {
    throw new Error(`the Neo4j backend (store/neo4j) cannot be loaded: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (typeof backend.openNeo4jStore !== 'function') {
    throw new Error('the Neo4j backend (store/neo4j) does not export openNeo4jStore');
  }
  return backend as Neo4jBackendModule;
}

export interface StoreDefaults {
  /** Data directory of the embedded store when TOWNGRAPH_DATA_DIR is unset. */
  dataDir?: string;
}

/**
 * The store the environment asks for: Neo4j when NEO4J_URI is set (with NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE), else the embedded store in TOWNGRAPH_DATA_DIR, where
 * '' or 'none' means memory only.
 */
export function storeConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  defaults: StoreDefaults = {},
): StoreConfig {
  if (env.NEO4J_URI) {
    return {
      backend: 'neo4j',
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || undefined,
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  const dataDir = env.TOWNGRAPH_DATA_DIR ?? defaults.dataDir;
  return { backend: 'memory', dataDir: dataDir && dataDir !== 'none' ? dataDir : undefined };
}
