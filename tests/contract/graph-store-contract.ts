import type { GraphStore } from '../../store/graph-store';
import { describeArguments } from './contract-arguments';
import { describeOutcomes } from './contract-outcomes';
import { contractContext } from './contract-context';
import { describeReads } from './contract-reads';
import { describeTraceHubs } from './contract-trace-hubs';
import { describeTraversal } from './contract-traversal';
import { describeValidation } from './contract-validation';
import { describeWrites } from './contract-writes';

/**
 * The GraphStore contract: every backend runs this suite, so a query that works on one
 * works on the other. `openEmpty` must return a new, empty store each call; the suite
 * closes each store after its test. Cypher is backend-specific and tested per backend.
 */
export function describeGraphStoreContract(name: string, openEmpty: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    const ctx = contractContext(openEmpty);
    describeWrites(ctx);
    describeValidation(ctx);
    describeReads(ctx);
    describeTraversal(ctx);
    describeTraceHubs(ctx);
    describeArguments(ctx);
    describeOutcomes(ctx);
  });
}
