import { servePeer } from './serve-peer';

/**
 * `node peer-child.js NEO4J_URI`: `@neo4j/graphql` over the database at NEO4J_URI in a
 * process of its own (bench/built-server.ts compiles this and runs it under plain node,
 * as towngraph's built server runs beside it); prints `{"url": …}` once it serves and
 * stops on SIGTERM.
 */
async function main(): Promise<void> {
  const uri = process.argv[2];
  if (!uri) throw new Error('usage: peer-child.js NEO4J_URI');
  const peer = await servePeer({ uri });
  process.stdout.write(`${JSON.stringify({ url: peer.url })}\n`);
  process.once('SIGTERM', () => {
    peer.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`peer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
