import { spawn } from 'node:child_process';
import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The Maven project of the Neo4j launcher. */
export const PROJECT_DIR = __dirname;
export const JAR_PATH = join(PROJECT_DIR, 'target', 'towngraph-neo4j.jar');
/** Class-data-sharing archive of the jar's classes (see start.ts); invalid once the jar changes. */
export const CLASS_ARCHIVE_PATH = join(PROJECT_DIR, 'target', 'towngraph-neo4j.jsa');
/** The same for the importer (neo4j-admin from target/lib, see import.ts). */
export const IMPORTER_CLASS_ARCHIVE_PATH = join(PROJECT_DIR, 'target', 'neo4j-import.jsa');
const LOCK_PATH = join(PROJECT_DIR, '.build.lock');
/** A lock older than this is left over from a build that died. */
const STALE_LOCK_MS = 20 * 60_000;

/**
 * Builds target/towngraph-neo4j.jar (with its dependencies in target/lib) unless it is
 * newer than the sources. Test files start in parallel workers, so the build runs under
 * a lock file and a second caller waits for the first build instead of racing it.
 */
export async function ensureNeo4jJar(): Promise<string> {
  if (await jarIsFresh()) return JAR_PATH;
  await withBuildLock(async () => {
    if (await jarIsFresh()) return;
    await rm(CLASS_ARCHIVE_PATH, { force: true });
    await rm(IMPORTER_CLASS_ARCHIVE_PATH, { force: true });
    await runMaven();
  });
  return JAR_PATH;
}

async function jarIsFresh(): Promise<boolean> {
  const jar = await stat(JAR_PATH).catch(() => undefined);
  const lib = await stat(join(PROJECT_DIR, 'target', 'lib')).catch(() => undefined);
  if (!jar || !lib) return false;
  const sources = [join(PROJECT_DIR, 'pom.xml'), ...(await javaSources(join(PROJECT_DIR, 'src')))];
  for (const source of sources) {
    if ((await stat(source)).mtimeMs > jar.mtimeMs) return false;
  }
  return true;
}

async function javaSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await javaSources(path)));
    else if (entry.name.endsWith('.java')) found.push(path);
  }
  return found;
}

async function withBuildLock(build: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      const handle = await open(LOCK_PATH, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const lock = await stat(LOCK_PATH).catch(() => undefined);
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) await rm(LOCK_PATH, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    await build();
  } finally {
    await rm(LOCK_PATH, { force: true });
  }
}

function runMaven(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', ['-q', '-f', join(PROJECT_DIR, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'ENOENT' ? 'Maven (mvn) is not installed or not on PATH; ' : '';
      reject(new Error(`${hint}cannot build tools/neo4j: ${error.message}`));
    });
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`building tools/neo4j failed (mvn exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
