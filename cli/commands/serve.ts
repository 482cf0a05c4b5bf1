import { Command } from 'commander';
import { createServer, serverConfigFromEnv } from '../../server';
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
      const store = await openConfiguredStore(options);
      if (options.load) {
        const summary = await loadFilesWithProgress({
          store,
          paths: options.load,
          maxBytes: options.maxBytes,
        });
        process.stderr.write(formatSummary(summary));
      }
      const server = createServer({ store, config });
      const { url } = await server.listen(options.port ?? config.port);
      process.stderr.write(`towngraph: GraphQL at ${url}, explorer at ${new URL('/', url).href}\n`);
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
