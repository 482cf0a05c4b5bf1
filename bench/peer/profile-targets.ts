import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { extractDocument } from '../../loaders';
import { openNeo4jStore } from '../../store/neo4j';
import { noAuth } from '../../store/neo4j/open-store';
import { findPageQuery } from '../../store/neo4j/queries/find-nodes';
import { startNeo4j } from '../../tools/neo4j/start';
import { ensureCorpus, readCorpus } from '../corpus-files';
import { benchBulkLoading } from '../neo4j-loading';

/**
 * `npx tsx bench/peer/profile-targets.ts [documents]`: loads the corpus into a fresh
 * Neo4j and PROFILEs "targets of a year" (2022, a page of 20) as towngraph's store sends
 * it and as `@neo4j/graphql` sent it (copied from DEBUG=@neo4j/graphql:execution), printing
 * database hits and operators: a count that holds still where timings do not.
 */
const LIBRARY_TARGETS = `MATCH (this0:Target&Node)
WHERE this0.year = $param0
WITH collect({node: this0}) AS edges, count(this0) AS totalCount
CALL (edges) {
  UNWIND edges AS edge
  WITH edge.node AS this0
  WITH *
  ORDER BY this0.name ASC, this0.id ASC
  LIMIT $param1
  RETURN collect({node: {metric: this0.metric, value: this0.value, unit: this0.unit, year: this0.year, __resolveType: 'Target'}}) AS var1
}
RETURN {edges: var1, totalCount: totalCount} AS this`;

interface Plan {
  operatorType: string;
  dbHits?: number;
  children?: Plan[];
}
const operators = (plan: Plan): string[] => [
  plan.operatorType.replace(/@neo4j$/, ''),
  ...(plan.children ?? []).flatMap(operators),
];
const dbHits = (plan: Plan): number =>
  (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + dbHits(child), 0);

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const { docsDir } = await ensureCorpus(count, 1);
  const batch = (await readCorpus(docsDir)).map((input) => extractDocument(input).records);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-profile-'));
  const server = await startNeo4j({ dataDir });
  try {
    const store = await openNeo4jStore({ uri: server.uri });
    await benchBulkLoading(store, batch);
    await store.close();
    const driver = neo4j.driver(server.uri, noAuth());
    // towngraph's resolver asks one more than the page, to know whether a next page exists.
    const ours = findPageQuery({ filter: { label: 'Target', properties: { year: 2022 } }, limit: 21 });
    const statements = [
      { name: 'towngraph', text: ours.text, parameters: ours.parameters },
      {
        name: '@neo4j/graphql',
        text: LIBRARY_TARGETS,
        parameters: { param0: neo4j.int(2022), param1: neo4j.int(20) },
      },
    ];
    for (const { name, text, parameters } of statements) {
      const { summary } = await driver.executeQuery(`PROFILE ${text}`, parameters);
      const plan = summary.profile as unknown as Plan;
      process.stdout.write(
        `${JSON.stringify({ documents: count, name, dbHits: dbHits(plan), operators: operators(plan).join(' < ') })}\n`,
      );
    }
    await driver.close();
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `profile-targets: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
