import neo4j from 'neo4j-driver';
import { noAuth } from '../../store/neo4j/open-store';
import { withNodeProperties, withoutNodeDocuments } from '../../store/neo4j/queries/cypher-query';
import { findPageQuery } from '../../store/neo4j/queries/find-nodes';
import { dbHits, withLoadedNeo4j, type Plan } from './loaded-neo4j';

/**
 * `npx tsx bench/peer/profile-targets.ts [documents]`: loads the corpus into a fresh
 * Neo4j and PROFILEs "targets of a year" (2022, a page of 20) as towngraph's store sends
 * it for the bench's query (projected to the four properties it selects) and as
 * `@neo4j/graphql` sent it (copied from DEBUG=@neo4j/graphql:execution), printing
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

const operators = (plan: Plan): string[] => [
  plan.operatorType.replace(/@neo4j$/, ''),
  ...(plan.children ?? []).flatMap(operators),
];

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  await withLoadedNeo4j(count, async ({ server, store }) => {
    await store.close();
    const driver = neo4j.driver(server.uri, noAuth());
    // towngraph's resolver asks one more than the page, to know whether a next page exists;
    // the request's store leaves out the documents and the properties no field reads.
    const ours = withNodeProperties(
      withoutNodeDocuments(
        findPageQuery({ filter: { label: 'Target', properties: { year: 2022 } }, limit: 21 }),
      ),
      ['metric', 'unit', 'value', 'year'],
    );
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
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `profile-targets: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
