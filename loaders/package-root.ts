import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The package's root: the nearest folder above this file that holds package.json. The same
 * code runs from the sources (tests) and from dist/ (the package), so files that only the
 * build writes (the bundled page, the worker module) are found from the root.
 */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
