import neo4j, { Neo4jError, type Driver, type Transaction } from 'neo4j-driver';
import { BadRequestError, CypherError } from '../../schema/errors';
import type { CypherRequest, CypherResult } from '../graph-store';
import { relationshipEnds, toPlainValue } from './cypher-values';
import { nodeIdsByElementIdQuery } from './queries/read-cypher';
import { toNeo4jParameter } from './values';

export interface ReadCypherOptions {
  driver: Driver;
  database?: string;
  request: CypherRequest;
}

/**
 * Runs analysts' Cypher in a READ transaction, so that Neo4j itself refuses any write,
 * with the request's timeout, reading at most maxRows rows. The transaction is always
 * rolled back: it has nothing to commit.
 */
export async function runReadCypher(options: ReadCypherOptions): Promise<CypherResult> {
  const { driver, database, request } = options;
  if (typeof request.query !== 'string' || request.query.trim() === '')
    throw new BadRequestError('query is empty');
  if (!Number.isInteger(request.maxRows) || request.maxRows < 0) {
    throw new BadRequestError('maxRows must be a whole number ≥ 0');
  }
  if (!(request.timeoutMs > 0)) throw new BadRequestError('timeoutMs must be positive');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  let tx: Transaction | undefined;
  try {
    tx = await session.beginTransaction({ timeout: Math.ceil(request.timeoutMs) });
    const parameters = Object.fromEntries(
      Object.entries(request.parameters ?? {}).map(([key, value]) => [key, toNeo4jParameter(value)]),
    );
    const result = tx.run(request.query, parameters);
    const rows: unknown[][] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length === request.maxRows) {
        truncated = true;
        break;
      }
      rows.push([...record.values()]);
    }
    const columns = [...(await result.keys())];
    const nodeIds = await resolveNodeIds(tx, rows);
    return {
      columns,
      rows: rows.map((row) =>
        Object.fromEntries(columns.map((column, i) => [column, toPlainValue(row[i], nodeIds)])),
      ),
      truncated,
    };
  } catch (error) {
    throw toCypherError(error);
  } finally {
    await tx?.rollback().catch(() => undefined);
    await session.close();
  }
}

/** towngraph ids of the nodes at the ends of the relationships in the rows. */
async function resolveNodeIds(tx: Transaction, rows: unknown[][]): Promise<Map<string, string>> {
  const ends = relationshipEnds(rows);
  const map = new Map<string, string>();
  if (ends.size === 0) return map;
  const query = nodeIdsByElementIdQuery([...ends]);
  const result = await tx.run(query.text, query.parameters);
  for (const record of result.records) map.set(record.get('elementId') as string, record.get('id') as string);
  return map;
}

/**
 * Neo4j's refusals as the errors users see: a write in a read transaction, a query Neo4j
 * cannot parse or plan, a transaction past its timeout. Anything else is not the user's
 * doing and passes on unchanged (to be masked and logged).
 */
export function toCypherError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const { code, message } = error;
  if (code === 'Neo.ClientError.Statement.AccessMode' || /write.*read access mode/i.test(message)) {
    return new CypherError(`Cypher is read-only here: ${message}`, 'CYPHER_WRITE_REFUSED');
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new CypherError(`the query ran past its time limit: ${message}`, 'CYPHER_TIMEOUT');
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new CypherError(message, 'CYPHER_INVALID');
  }
  return error;
}
