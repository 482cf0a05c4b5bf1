import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { defaultBundleDir } from './bundle-dir';

export interface ExplorerHandlerOptions {
  /** Folder of the built page. Default: dist/explorer, written by `npm run build`. */
  bundleDir?: string;
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

/** The page is not built: the server says so at start instead of answering 404 at /. */
export class ExplorerBundleMissingError extends Error {
  constructor(
    readonly bundleDir: string,
    missing: string[],
  ) {
    super(
      `the explorer page is not built (${missing.join(', ')} missing in ${bundleDir}); run \`npm run build\``,
    );
  }
}

/**
 * Reads the page built by `npm run build` (server/explorer/build.ts, at build time) and
 * returns the handler the server mounts before GraphQL. Nothing is compiled or bundled
 * while serving: the files are read once, at start, and held in memory.
 */
export async function createExplorerHandler(options: ExplorerHandlerOptions = {}): Promise<ExplorerHandler> {
  const bundleDir = options.bundleDir ?? defaultBundleDir();
  const names = [...new Set(Object.values(ROUTES))];
  const missing = names.filter((name) => !existsSync(join(bundleDir, name)));
  if (missing.length > 0) throw new ExplorerBundleMissingError(bundleDir, missing);
  const files = new Map(names.map((name) => [name, readFileSync(join(bundleDir, name))]));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const file = ROUTES[new URL(request.url).pathname];
    const contents = file === undefined ? undefined : files.get(file);
    if (file === undefined || contents === undefined) return null;
    const headers = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(contents.byteLength),
      // The bundle changes whenever the package is rebuilt; revalidate rather than cache stale code.
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(contents), {
      status: 200,
      headers,
    });
  };
}
