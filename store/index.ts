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

/** Opens the configured backend. Neo4j is loaded only when asked for, so the embedded store needs no driver. */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  if (config.backend === 'memory') return MemoryGraphStore.open({ dataDir: config.dataDir });
  const { openNeo4jStore } = await import('./neo4j');
  return openNeo4jStore(config);
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
