export { createExtractionPool, type ExtractionPool, type ExtractionPoolOptions } from './extraction-pool';
