import { spawn, type ChildProcess } from 'node:child_process';
import { access, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CLASS_ARCHIVE_PATH, ensureNeo4jJar } from './build-jar';

export interface StartNeo4jOptions {
  /** Where Neo4j keeps its databases; it survives restarts. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 or absent lets the launcher pick a free one. */
  port?: number;
  /** Enables authentication for user neo4j with this password (at least 8 characters). */
  password?: string;
  /** How long to wait for the ready line, in ms (default 180 000: a cold JVM on a busy machine is slow). */
  readyTimeoutMs?: number;
  /**
   * More JVM options, after the defaults (a later option wins). `-XX:TieredStopAtLevel=1`
   * keeps the JIT at its quick tier: on a busy two-core machine the optimising compiler
   * took as much CPU as the queries of a 1000-document load (see BENCHMARKS.md).
   */
  javaOptions?: readonly string[];
  /** Page cache in MiB (default 512; Neo4j allocates it as pages are used). */
  pageCacheMiB?: number;
  /**
   * Where Neo4j keeps transaction state (default 'on-heap', Neo4j's own; 'off-heap' keeps a
   * bulk load's large write transactions out of the 1 GiB heap).
   */
  txState?: 'on-heap' | 'off-heap';
}

export interface RunningNeo4j {
  /** bolt://127.0.0.1:PORT */
  uri: string;
  /** Lines the launcher printed on stdout so far: by contract only the ready line. */
  readonly stdout: readonly string[];
  /** Sends SIGTERM (a clean shutdown) and waits for the process to end. */
  stop(): Promise<void>;
}

/**
 * JVM options: a modest heap and the serial collector (the machine has two cores). The
 * heap starts at its maximum, as Neo4j advises: started at 256 MiB it stayed there under a
 * bulk load, and the young generation filled every second or two (BENCHMARKS.md,
 * loading). The opens let Neo4j's page cache use direct buffers instead of its slower
 * fallback. The JVM's own warnings go to stderr: stdout carries only the ready line, and
 * the run that writes the class archive warns about classes it cannot archive as it exits.
 */
const JVM_OPTIONS = [
  '-Xms1g',
  '-Xmx1g',
  '-XX:+UseSerialGC',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];
const READY_LINE = /^towngraph-neo4j ready (bolt:\/\/\S+)$/;

/** Builds the launcher if needed, starts Neo4j and resolves once Bolt accepts connections. */
export async function startNeo4j(options: StartNeo4jOptions): Promise<RunningNeo4j> {
  const jar = await ensureNeo4jJar();
  const archive = await classArchive(CLASS_ARCHIVE_PATH);
  const args = [
    ...JVM_OPTIONS,
    ...(options.javaOptions ?? []),
    archive.option,
    '-jar',
    jar,
    '--data',
    resolve(options.dataDir),
  ];
  args.push('--port', String(options.port ?? 0));
  if (options.password !== undefined) args.push('--password', options.password);
  if (options.pageCacheMiB !== undefined) args.push('--page-cache', String(options.pageCacheMiB));
  if (options.txState !== undefined) args.push('--tx-state', options.txState);
  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stdout: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line));
  try {
    const uri = await waitForReady(child, options.readyTimeoutMs ?? 180_000);
    return {
      uri,
      stdout,
      async stop() {
        process.removeListener('exit', killOnExit);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
        await archive.keep();
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    process.removeListener('exit', killOnExit);
    throw error;
  }
}

/**
 * Class data sharing: the first run records the classes Neo4j loads into an archive
 * (written when the JVM exits), later runs map it, which halves the start. A run writes
 * to its own file and renames it into place, so parallel first runs do not collide.
 */
export async function classArchive(path: string): Promise<{ option: string; keep(): Promise<void> }> {
  const present = await access(path).then(
    () => true,
    () => false,
  );
  if (present) return { option: `-XX:SharedArchiveFile=${path}`, keep: async () => undefined };
  const draft = `${path}.${process.pid}.${Date.now()}`;
  return {
    option: `-XX:ArchiveClassesAtExit=${draft}`,
    async keep() {
      await rename(draft, path).catch(() => rm(draft, { force: true }));
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolveUri, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setTimeout(() => {
      reject(new Error(`Neo4j did not report ready within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolveUri(match[1]!);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const hint = error.code === 'ENOENT' ? 'Java 17 (java) is not installed or not on PATH; ' : '';
      reject(new Error(`${hint}cannot start Neo4j: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited before it was ready (${signal ?? `exit ${code}`})\n${stderr}`));
    });
  });
}

/** `npm run neo4j [-- --data DIR --port N --password SECRET]`: runs in the foreground until Ctrl-C. */
async function main(argv: readonly string[]): Promise<void> {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const port = value('--port');
  const neo4j = await startNeo4j({
    dataDir: value('--data') ?? resolve(__dirname, 'data'),
    port: port === undefined ? undefined : Number(port),
    password: value('--password'),
  });
  console.log(neo4j.uri);
  // Ctrl-C reaches every process of the terminal's group, and npm and tsx pass the signal on
  // as well: this process gets it more than once. Listening once would let the second
  // signal end it before Neo4j had stopped and its class archive was kept.
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void neo4j.stop().then(() => {
      console.log('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
