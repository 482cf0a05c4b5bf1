#!/usr/bin/env node
// Builds what the package runs: the TypeScript of the server, loaders, store and command
// compiled to CommonJS under dist/, the SDL and data files copied beside it, and the
// explorer page bundled into dist/explorer. Type checking is `npm run lint`'s job; this
// step only transpiles (each file on its own, as isolatedModules guarantees is safe), so it
// takes a second or two and can run before every test run.
const { build } = require('esbuild');
const { cpSync, mkdirSync, readdirSync, rmSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
/** Folders whose code runs in the shipped package. Tests, benchmarks and tools stay out. */
const SOURCES = ['schema', 'loaders', 'store', 'resolvers', 'server', 'cli'];
/** Files copied as they are: the SDL and data files read at run time. */
const DATA_FILE = /\.(graphql|json|tsv|txt)$/;
const SKIPPED = /\.test\.ts$|(^|\/)(node_modules|dist|__tests__)(\/|$)/;

function listFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (SKIPPED.test(relative(ROOT, path))) return [];
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

async function main() {
  rmSync(DIST, { recursive: true, force: true });
  const files = SOURCES.flatMap((dir) => listFiles(join(ROOT, dir)));
  // The explorer's browser code is bundled below; it is compiled for node as well because
  // the build reads its operations (server/explorer/src/queries.ts) for the trusted list.
  const code = files.filter((file) => file.endsWith('.ts'));
  await build({
    entryPoints: code,
    outbase: ROOT,
    outdir: DIST,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import() left as is would go through Node's ES module loader, which cannot import a
    // folder (`import('./neo4j')`): compile it to require(), as tsc's CommonJS output does.
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  for (const file of files.filter((file) => DATA_FILE.test(file))) {
    const target = join(DIST, relative(ROOT, file));
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(file, target);
  }
  const { buildExplorer } = require(join(DIST, 'server', 'explorer', 'build.js'));
  await buildExplorer({ outDir: join(DIST, 'explorer') });
  process.stderr.write(`towngraph: built ${code.length} modules and the explorer into dist/\n`);
}

main().catch((error) => {
  process.stderr.write(`towngraph build failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
