import { join } from 'node:path';
import { packageRoot } from '../../loaders/package-root';

/** Where `npm run build` puts the bundled page: dist/explorer under the package root. */
export function defaultBundleDir(): string {
  return join(packageRoot(), 'dist', 'explorer');
}

/** The page's sources (index.html, styles.css, src/), read only by the build. */
export function explorerSourceDir(): string {
  return join(packageRoot(), 'server', 'explorer');
}
