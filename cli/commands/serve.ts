import { Command } from 'commander';
import { createServer, serverConfigFromEnv } from '../../server';
import { createExplorerHandler } from '../../server/explorer';
import { createExtractionPool } from '../../loaders/pool';
import { DEFAULT_MAX_BYTES, parseByteSize, parsePort } from '../options';
import { formatSummary, loadFilesWithProgress } from '../load-files';
import { openConfiguredStore, type StoreOptions } from '../store-options';

interface ServeOptions extends StoreOptions {
  load?: string[];
  port?: number;
  maxBytes: number;
}

/** `towngraph serve`: GraphQL at /graphql and the explorer at /, after loading any given documents. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('serve GraphQL (and the explorer page) over the configured store')
    .option('--load <paths...>', 'load these documents or directories first')
    .option('--port <port>', 'port to listen on (default: PORT, else 4000)', parsePort)
    .option('--store <backend>', 'memory or neo4j (default: neo4j when NEO4J_URI is set, else memory)')
    .option(
      '--data-dir <dir>',
      'data directory of the embedded store; none: memory only',
      process.env.TOWNGRAPH_DATA_DIR ?? 'data',
    )
    .option(
      '--max-bytes <size>',
      'refuse documents larger than this (e.g. 16MB)',
      parseByteSize,
      DEFAULT_MAX_BYTES,
    )
    .action(async (options: ServeOptions) => {
      const config = serverConfigFromEnv();
      // Read the built page before anything else, so a missing build stops the start with a
      // message instead of a server that answers 404 at /.
      const explorer = await createExplorerHandler();
      const store = await openConfiguredStore(options);
      // One pool of extraction threads for the load and then for ingestDocument: the
      // threads that loaded the documents already hold the gazetteer.
      const pool = createExtractionPool();
      if (options.load) {
        const summary = await loadFilesWithProgress({
          store,
          paths: options.load,
          maxBytes: options.maxBytes,
          pool,
        });
        process.stderr.write(formatSummary(summary));
      }
      const server = createServer({ store, config, pool, explorer: async () => explorer });
      // A port in use ends the command; the pool's threads must not keep the process alive.
      const { url } = await server.listen(options.port ?? config.port).catch(async (error: unknown) => {
        await server.close();
        await store.close();
        throw error;
      });
      await server.warmExtraction();
      process.stderr.write(`towngraph: GraphQL at ${url}, explorer at ${new URL('/', url).href}\n`);
      onShutdownSignal(async (signal) => {
        process.stderr.write(`towngraph: ${signal}: finishing requests in flight, then closing the store\n`);
        await server.close({ graceMs: config.shutdownGraceMs });
        await store.close();
        process.stderr.write('towngraph: stopped\n');
      });
    });
}

/**
 * Runs the shutdown once, on the first SIGINT or SIGTERM; a second signal while it runs
 * exits at once, as users expect of a second Ctrl-C.
 */
function onShutdownSignal(shutdown: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `towngraph: shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
