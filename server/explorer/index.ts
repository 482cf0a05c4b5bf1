import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ExplorerAsset } from './build';
import { HASH_FILE } from './build-files';
import { EXPLORER_ROOT, explorerSourceHash } from './source-hash';

export interface ExplorerHandlerOptions {
  /** Where the bundle is kept between runs. Default: server/explorer/dist. */
  distDir?: string;
}

/** Answers a request for the page or one of its assets, or null when the path is not the page's. */
export type ExplorerHandler = (request: Request) => Promise<Response | null>;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** URL path → file of the bundle. Assets live under /explorer/ so they never shadow API routes. */
const ROUTES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/explorer/app.js': 'app.js',
  '/explorer/styles.css': 'styles.css',
};

/**
 * Builds the explorer page once (or reuses an up-to-date bundle in dist/) and returns the
 * handler the server mounts before GraphQL. esbuild is loaded only when a build is needed.
 */
export async function createExplorerHandler(options: ExplorerHandlerOptions = {}): Promise<ExplorerHandler> {
  const distDir = options.distDir ?? join(EXPLORER_ROOT, 'dist');
  const assets = await loadOrBuild(distDir);
  const files = new Map(assets.map((asset) => [asset.name, asset.contents]));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const file = ROUTES[new URL(request.url).pathname];
    const contents = file === undefined ? undefined : files.get(file);
    if (file === undefined || contents === undefined) return null;
    const headers = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(contents.byteLength),
      // The bundle changes whenever the server is rebuilt; revalidate rather than cache stale code.
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(contents), {
      status: 200,
      headers,
    });
  };
}

async function loadOrBuild(distDir: string): Promise<ExplorerAsset[]> {
  const names = [...new Set(Object.values(ROUTES))];
  const hashPath = join(distDir, HASH_FILE);
  const upToDate =
    existsSync(hashPath) &&
    readFileSync(hashPath, 'utf8') === explorerSourceHash() &&
    names.every((name) => existsSync(join(distDir, name)));
  if (upToDate) return names.map((name) => ({ name, contents: readFileSync(join(distDir, name)) }));
  const { buildExplorer } = await import('./build');
  return (await buildExplorer({ outDir: distDir })).assets;
}
