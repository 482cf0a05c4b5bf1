import { useNeo4j } from '../neo4j/neo4j-server';
import { describeCorpusIdentity } from './corpus-identity';

// One Neo4j for the file; each test gets the database emptied.
const neo4j = useNeo4j();

describeCorpusIdentity('neo4j', () => neo4j.openEmpty());
