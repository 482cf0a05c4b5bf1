export { MemoryGraphStore, type MemoryStoreOptions } from './MemoryGraphStore';
