import { generatedRecords } from '../tests/api/corpus-server';
import { startTestServer } from '../tests/api/harness';

/**
 * The queries issue 14 measured as unbounded, against N generated documents (default
 * 1000): size, time and outcome of each at the server's default limits, and the RSS after.
 * `npx tsx bench/limits.ts [--docs N]`
 */
const QUERIES: [string, string][] = [
  [
    'neighbourhood(place:32, depth 3) with provenance',
    '{ neighbourhood(id: "place:32", depth: 3) { truncated nodes { id ... on Entity { name } } relationships { type from { id } to { id } provenance { sentence document { title } } } } }',
  ],
  [
    'towns { projects { provenance relationships { provenance } } targets programmes }',
    '{ towns { projects { provenance { sentence } relationships { provenance { sentence } } } targets { name } programmes { name } } }',
  ],
  [
    'README towns query',
    '{ towns { name district { name } city { name } projects { name } targets { metric value unit year } } }',
  ],
  [
    'stats { places(kind: CITY) }',
    '{ stats { places(kind: CITY) { place { name } counts { kind count } } } }',
  ],
  [
    'shared(江苏省, 浙江省)',
    '{ shared(a: "place:32", b: "place:33") { programmes { name } enterprises { name } industries { name } zones { name } commonAncestor { name } } }',
  ],
  [
    'places × projects, first: $n = 100',
    'query($n: Int) { places(first: $n) { edges { node { projects(first: $n) { name } } } } }',
  ],
];

async function main(): Promise<void> {
  const at = process.argv.indexOf('--docs');
  const docs = at > 0 ? Number(process.argv[at + 1]) : 1000;
  const server = await startTestServer({ records: await generatedRecords(docs) });
  process.stdout.write(
    `| query (${docs} documents) | HTTP | KB | ms | outcome |\n| --- | --- | --- | --- | --- |\n`,
  );
  for (const [name, query] of QUERIES) {
    const started = performance.now();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { n: 100 } }),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const body = JSON.parse(text) as {
      data?: { neighbourhood?: { nodes: unknown[]; relationships: unknown[]; truncated: boolean } };
      errors?: { extensions?: { code?: string } }[];
      extensions?: { truncated?: string[] };
    };
    const hood = body.data?.neighbourhood;
    const outcome = body.errors
      ? body.errors.map((error) => error.extensions?.code).join(', ')
      : hood
        ? `${hood.nodes.length} nodes, ${hood.relationships.length} relationships, truncated ${hood.truncated}`
        : `lists cut: ${body.extensions?.truncated?.length ?? 0}`;
    process.stdout.write(
      `| ${name} | ${response.status} | ${(Buffer.byteLength(text) / 1024).toFixed(1)} | ${ms.toFixed(0)} | ${outcome} |\n`,
    );
  }
  process.stdout.write(`RSS after: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB\n`);
  await server.close();
}

void main();
