import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HASH_FILE } from './build-files';
import { EXPLORER_ROOT, explorerSourceHash } from './source-hash';
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
  hash: string;
  assets: ExplorerAsset[];
}

/**
 * Bundles the page (script with cytoscape inside, styles, index.html) so that the server
 * fetches nothing from elsewhere at run time. Each file is written through a temporary name
 * and renamed, and the hash file last, so a reader never takes a half-written bundle as
 * up to date.
 */
export async function buildExplorer(options: BuildExplorerOptions): Promise<ExplorerBundle> {
  const hash = explorerSourceHash();
  const result = await build({
    entryPoints: {
      app: join(EXPLORER_ROOT, 'src', 'main.ts'),
      styles: join(EXPLORER_ROOT, 'styles.css'),
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
  assets.push({ name: 'index.html', contents: readFileSync(join(EXPLORER_ROOT, 'index.html')) });
  mkdirSync(options.outDir, { recursive: true });
  for (const asset of assets) writeAtomically(join(options.outDir, asset.name), asset.contents);
  // The allow-list of the page's operations, for servers that run only trusted documents.
  const trusted = JSON.stringify(explorerTrustedDocuments(), null, 2);
  writeAtomically(join(options.outDir, TRUSTED_DOCUMENTS_FILE), Buffer.from(trusted));
  writeAtomically(join(options.outDir, HASH_FILE), Buffer.from(hash));
  return { hash, assets };
}

function writeAtomically(path: string, contents: Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

if (require.main === module) {
  const outDir = join(EXPLORER_ROOT, 'dist');
  buildExplorer({ outDir })
    .then((bundle) => {
      const sizes = bundle.assets.map((a) => `${a.name} ${(a.contents.byteLength / 1024).toFixed(0)} KiB`);
      process.stdout.write(`explorer built in ${outDir}: ${sizes.join(', ')}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `explorer build failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    });
}
