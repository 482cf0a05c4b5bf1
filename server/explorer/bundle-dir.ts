import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The package's root: the nearest folder above this file that holds package.json. The
 * same code runs from the sources (server/explorer) and from the build (dist/server/explorer),
 * so paths are taken from the root rather than from this file.
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

/** Where `npm run build` puts the bundled page: dist/explorer under the package root. */
export function defaultBundleDir(): string {
  return join(packageRoot(), 'dist', 'explorer');
}

/** The page's sources (index.html, styles.css, src/), read only by the build. */
export function explorerSourceDir(): string {
  return join(packageRoot(), 'server', 'explorer');
}
