import { useNeo4j } from '../neo4j/neo4j-server';
import { describeGraphStoreContract } from './graph-store-contract';
import { describeOutcomeEdgesAcrossStores } from './outcome-edges-across-stores';

// One Neo4j for the file; each test gets the database emptied.
const neo4j = useNeo4j();

describeGraphStoreContract('neo4j', () => neo4j.openEmpty());
describeOutcomeEdgesAcrossStores(neo4j);
