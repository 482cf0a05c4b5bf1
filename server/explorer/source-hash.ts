import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folder of the explorer's sources (this file sits at its root). */
export const EXPLORER_ROOT = __dirname;

/** Files and folders whose content decides the bundle; anything else (tests, dist) does not. */
const INPUTS = ['src', 'index.html', 'styles.css', 'build.ts'];

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .filter((name) => !name.endsWith('.test.ts'))
    .flatMap((name) => listFiles(join(path, name)));
}

/**
 * Hash of every input of the bundle plus the bundled library's version, so that a bundle
 * left in dist/ is reused only while nothing it was built from has changed.
 */
export function explorerSourceHash(root: string = EXPLORER_ROOT): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => listFiles(join(root, input)))) {
    hash.update(relative(root, file)).update('\u0000').update(readFileSync(file)).update('\u0000');
  }
  hash.update(cytoscapeVersion());
  hash.update(chartJsVersion());
  return hash.digest('hex').slice(0, 16);
}

function cytoscapeVersion(): string {
  // cytoscape's exports map hides package.json, so read it through the resolved entry's folder.
  const entry = require.resolve('cytoscape');
  const manifest = join(entry, '..', '..', 'package.json');
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
  return parsed.version ?? 'unknown';
}

function chartJsVersion(): string {
  // chart.js's exports map hides package.json too; its entry sits in dist/.
  const manifest = join(require.resolve('chart.js'), '..', '..', 'package.json');
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
  return parsed.version ?? 'unknown';
}
