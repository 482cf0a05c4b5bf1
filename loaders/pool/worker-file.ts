import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root';

/**
 * The compiled worker module. Worker threads run JavaScript only, so whether this code runs
 * from dist/ (the package) or from the sources (tests), the worker is the built one.
 */
export function builtWorkerFile(): string {
  const file = join(packageRoot(), 'dist', 'loaders', 'pool', 'extract-worker.js');
  if (!existsSync(file))
    throw new Error(`the extraction worker is not built (${file}); run \`npm run build\``);
  return file;
}
