export { openNeo4jStore, type Neo4jConnection } from './open-store';
export { Neo4jGraphStore, type Neo4jStoreOptions } from './Neo4jGraphStore';
