import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { explorerSourceDir } from './bundle-dir';
import { explorerTrustedDocuments, TRUSTED_DOCUMENTS_FILE } from './trusted-operations';

export interface BuildExplorerOptions {
  /** Folder the bundle is written to; created when missing. */
  outDir: string;
  /** Minify the script and styles. Default: true. */
  minify?: boolean;
}

/** One file of the built page, held in memory as well as written to outDir. */
export interface ExplorerAsset {
  /** File name inside outDir, e.g. `app.js`. */
  name: string;
  contents: Uint8Array;
}

export interface ExplorerBundle {
  assets: ExplorerAsset[];
}

/**
 * Bundles the page (script with cytoscape inside, styles, index.html) so that the server
 * fetches nothing from elsewhere at run time. Runs at build time only (`npm run build`);
 * the server reads the result. Each file is written through a temporary name and renamed,
 * so a reader never takes a half-written file.
 */
export async function buildExplorer(options: BuildExplorerOptions): Promise<ExplorerBundle> {
  const sourceDir = explorerSourceDir();
  const result = await build({
    entryPoints: {
      app: join(sourceDir, 'src', 'main.ts'),
      styles: join(sourceDir, 'styles.css'),
    },
    bundle: true,
    write: false,
    outdir: options.outDir,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: options.minify ?? true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const assets: ExplorerAsset[] = result.outputFiles.map((file) => ({
    name: basename(file.path),
    contents: file.contents,
  }));
  assets.push({ name: 'index.html', contents: readFileSync(join(sourceDir, 'index.html')) });
  mkdirSync(options.outDir, { recursive: true });
  for (const asset of assets) writeAtomically(join(options.outDir, asset.name), asset.contents);
  // The allow-list of the page's operations, for servers that run only trusted documents.
  const trusted = JSON.stringify(explorerTrustedDocuments(), null, 2);
  writeAtomically(join(options.outDir, TRUSTED_DOCUMENTS_FILE), Buffer.from(trusted));
  return { assets };
}

function writeAtomically(path: string, contents: Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}
