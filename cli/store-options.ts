import { InvalidArgumentError } from 'commander';
import type { GraphStore } from '../store/graph-store';
import { openStore, storeConfigFromEnv, type StoreConfig } from '../store';

export interface StoreOptions {
  /** 'memory' or 'neo4j'; absent: neo4j when NEO4J_URI is set, else memory. */
  store?: string;
  /** Data directory of the embedded store; 'none' keeps it in memory only. */
  dataDir?: string;
}

/** The environment's store (NEO4J_* variables, TOWNGRAPH_DATA_DIR), as the flags refine it. */
export function storeConfigFromOptions(
  options: StoreOptions,
  env: NodeJS.ProcessEnv = process.env,
): StoreConfig {
  const fromEnv = storeConfigFromEnv(env, { dataDir: options.dataDir });
  const backend = options.store ?? fromEnv.backend;
  if (backend === 'neo4j') {
    if (fromEnv.backend !== 'neo4j') {
      throw new InvalidArgumentError('--store neo4j needs NEO4J_URI (e.g. bolt://127.0.0.1:7687)');
    }
    return fromEnv;
  }
  if (backend === 'memory') {
    const dataDir = options.dataDir ?? (fromEnv.backend === 'memory' ? fromEnv.dataDir : undefined);
    return { backend: 'memory', dataDir: dataDir && dataDir !== 'none' ? dataDir : undefined };
  }
  throw new InvalidArgumentError(`unknown store "${backend}": use memory or neo4j`);
}

export function openConfiguredStore(options: StoreOptions): Promise<GraphStore> {
  return openStore(storeConfigFromOptions(options));
}
