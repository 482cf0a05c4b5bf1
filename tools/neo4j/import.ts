import { spawn } from 'node:child_process';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ensureNeo4jJar, IMPORTER_CLASS_ARCHIVE_PATH, PROJECT_DIR } from './build-jar';
import neo4j from 'neo4j-driver';
import { MANIFEST_FILE, type ImportManifest } from '../../store/neo4j/admin-import/write-import-files';
import { finishImport } from '../../store/neo4j/admin-import/finish-import';
import { awaitIndexes, createSchema, noAuth } from '../../store/neo4j/open-store';
import { classArchive, startNeo4j } from './start';

export interface ImportOptions {
  /** The directory `towngraph export --format neo4j-import` wrote (with import.json). */
  csvDir: string;
  /** The data directory the launcher will open (`start.ts --data`); must hold no database yet. */
  dataDir: string;
  /** Importer heap (default 1g). */
  heap?: string;
}

export interface ImportResult {
  nodes: number;
  relationships: number;
  /** The whole step: importerSeconds + firstOpenSeconds. */
  seconds: number;
  /** neo4j-admin alone, JVM start included. */
  importerSeconds: number;
  /** The first open: the launcher's start, the schema (populated from the imported data), the empty lists. */
  firstOpenSeconds: number;
}

/**
 * Runs `neo4j-admin database import full` into a fresh database of a launcher data
 * directory: the importer is org.neo4j:neo4j-import-tool from Maven Central, already among
 * the launcher's dependencies (target/lib), started through Neo4j's own admin entry point
 * (org.neo4j.cli.AdminTool) with NEO4J_HOME set to the data directory, so it writes where
 * the launcher looks (DIR/data/databases/neo4j). It then opens the database once to
 * create the store's constraints and indexes and set the empty lists CSV cannot carry.
 */
export async function importIntoNewDatabase(options: ImportOptions): Promise<ImportResult> {
  const manifest = JSON.parse(await readFile(join(options.csvDir, MANIFEST_FILE), 'utf8')) as ImportManifest;
  if (manifest.format !== 'towngraph-neo4j-import') {
    throw new Error(`${options.csvDir} is not a towngraph neo4j-import export (no ${MANIFEST_FILE})`);
  }
  const home = resolve(options.dataDir);
  const existing = join(home, 'data', 'databases', 'neo4j');
  if (
    await access(existing).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`${existing} exists: the import writes a fresh database only`);
  }
  await ensureNeo4jJar();
  const conf = join(home, 'conf');
  await mkdir(conf, { recursive: true });
  await writeFile(join(conf, 'neo4j.conf'), '');
  const file = (name: string): string => resolve(options.csvDir, name);
  // Class data sharing, as for the launcher (start.ts): the first import records the
  // classes it loads, later ones map them and start the importer's JVM sooner.
  const archive = await classArchive(IMPORTER_CLASS_ARCHIVE_PATH);
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseSerialGC',
    archive.option,
    // The archive's run lists every class it cannot archive (signed jars, old class files).
    '-Xlog:cds=off',
    '-cp',
    join(PROJECT_DIR, 'target', 'lib', '*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    ...manifest.nodes.map((name) => `--nodes=${file(name)}`),
    ...manifest.relationships.map((name) => `--relationships=${file(name)}`),
    `--array-delimiter=${manifest.arrayDelimiter}`,
    ...multilineOptions(manifest.multilineFiles?.map(file)),
    '--high-parallel-io=off',
    '--threads=2',
  ];
  const start = performance.now();
  try {
    await run(args, { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf });
  } finally {
    await archive.keep();
  }
  const imported = performance.now();
  await finishInLauncher(home, manifest);
  const end = performance.now();
  return {
    nodes: manifest.nodeCount,
    relationships: manifest.relationshipCount,
    seconds: (end - start) / 1000,
    importerSeconds: (imported - start) / 1000,
    firstOpenSeconds: (end - imported) / 1000,
  };
}

/**
 * Multiline parsing reads a file line by line on one thread: only the files whose fields
 * span lines (the documents' texts) get it. An export without the list gets it for every
 * file, as does a path the option's comma-separated list could not carry.
 */
function multilineOptions(files: string[] | undefined): string[] {
  if (files === undefined || files.some((name) => name.includes(','))) return ['--multiline-fields=true'];
  if (files.length === 0) return ['--multiline-fields=false'];
  return ['--multiline-fields-format=v2', `--multiline-fields=${files.join(',')}`];
}

/**
 * Opens the imported database once: the store's constraints and indexes are created, the
 * empty lists set while the indexes populate in the background (the lookups by id and key
 * use the constraints, which are online once created), then every index is awaited. Then
 * the server can open it as usual.
 */
async function finishInLauncher(dataDir: string, manifest: ImportManifest): Promise<void> {
  const server = await startNeo4j({ dataDir });
  try {
    const driver = neo4j.driver(server.uri, noAuth());
    try {
      await createSchema(driver);
      await finishImport({ driver, emptyLists: manifest.emptyLists });
      await awaitIndexes(driver);
    } finally {
      await driver.close();
    }
  } finally {
    await server.stop();
  }
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((succeed, fail) => {
    const child = spawn('java', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let done = false;
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-6000);
      // The JVM may print after the importer's last line: the line is looked for as it comes.
      done ||= /IMPORT DONE/.test(output);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) => fail(new Error(`cannot run the Neo4j importer: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0 && done) succeed();
      else fail(new Error(`the Neo4j importer failed (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}
