import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { BenchQuery } from './api-queries';

/**
 * A GraphQL server the bench runs in a child process under plain `node`, as a user runs
 * it: no tsx loader, no source-mapped stacks in the process that answers. Its CPU is read
 * from the kernel's per-thread figures, so it counts every thread of the server (the
 * event loop, libuv's pool, V8's collector) and nothing of the bench process.
 */
export interface ChildServer {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  /** CPU each living thread of the process has used since it started, µs (cpuBetween two of these). */
  cpuMicros(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

/** The repository root: the folder above bench/. */
const ROOT = path.join(__dirname, '..');

/**
 * The environment of a child under plain node: without a NODE_OPTIONS that would load tsx
 * (or any loader) into it as well.
 */
function plainEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (env.NODE_OPTIONS?.includes('tsx')) delete env.NODE_OPTIONS;
  return env;
}

/**
 * `node TREE/bin/towngraph.js serve --port 0 ARGS…`, the shipped command over the built
 * output of the checkout at `tree` (this one by default; `npm run build` first), resolved
 * once it prints its address. NEO4J_URI in `env` serves a Neo4j database.
 */
export async function serveTowngraphBuilt(options: {
  tree?: string;
  args?: string[];
  env?: Record<string, string>;
}): Promise<ChildServer> {
  const tree = options.tree ?? ROOT;
  const bin = path.join(tree, 'bin', 'towngraph.js');
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...(options.args ?? [])], {
    cwd: tree,
    env: plainEnv(options.env ?? {}),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await announced(child, /GraphQL at (\S+?),/, 'towngraph serve');
  return childServer(child, url);
}

/**
 * Compiles a TypeScript entry of the bench to JavaScript beside node_modules (packages
 * left as imports) and runs it under plain node with `args`; the entry prints
 * `{"url": …}` on a line of its stdout once it serves.
 */
export async function serveBenchEntry(entry: string, args: string[]): Promise<ChildServer> {
  const outfile = path.join(
    ROOT,
    'node_modules',
    '.cache',
    'towngraph-bench',
    `${path.basename(entry, '.ts')}.js`,
  );
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, [outfile, ...args], {
    cwd: ROOT,
    env: plainEnv({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await announced(child, /"url":"([^"]+)"/, path.basename(entry));
  return childServer(child, url);
}

/** Waits for the line on stdout or stderr that gives the server's URL; fails if the child exits first. */
function announced(child: ChildProcess, pattern: RegExp, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-8192);
      const match = pattern.exec(seen);
      if (match) {
        child.off('exit', onExit);
        resolve(match[1]!);
      }
    };
    const onExit = (code: number | null) =>
      reject(new Error(`${name} exited (${String(code)}) before serving:\n${seen}`));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function childServer(child: ChildProcess, url: string): ChildServer {
  const pid = child.pid!;
  return {
    url,
    pid,
    cpuMicros: () => threadCpuMicros(pid),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // A server still draining after 10 s is not the bench's concern any more.
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/**
 * CPU time of each living thread of process `pid`, µs by thread id: the first field of
 * /proc/PID/task/TID/schedstat (nanoseconds on the CPU, not rounded to clock ticks).
 */
export async function threadCpuMicros(pid: number): Promise<Map<string, number>> {
  const threads = new Map<string, number>();
  for (const task of await readdir(`/proc/${pid}/task`)) {
    try {
      const nanos = Number((await readFile(`/proc/${pid}/task/${task}/schedstat`, 'utf8')).split(' ')[0]);
      threads.set(task, nanos / 1000);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return threads;
}

/**
 * CPU a process used between two readings of threadCpuMicros, µs: each thread living at
 * the end, less what it had at the start (nothing if it started since). A thread that
 * ended in between (an idle worker of the extraction pool leaving) is left out, where a
 * plain sum over the living threads would go down by its whole life.
 */
export function cpuBetween(start: Map<string, number>, end: Map<string, number>): number {
  let micros = 0;
  for (const [thread, at] of end) micros += at - (start.get(thread) ?? 0);
  return micros;
}

/** Sends one bench query over HTTP and throws on an error, naming the query. */
async function send(url: string, query: BenchQuery): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${query.name}: ${text}`);
}

/** Sends `query` `requests` times, answers or not: a database just opened times out at first. */
export async function warmUp(server: ChildServer, query: BenchQuery, requests: number): Promise<void> {
  for (let i = 0; i < requests; i += 1) await send(server.url, query).catch(() => undefined);
}

/**
 * The child server's CPU per request on `query`, µs: requests sent one at a time over
 * loopback HTTP after a warm-up of a fifth as many, so the server's whole cost (HTTP
 * parsing and writing included, the client's not) with no queueing and no load
 * generator sharing its process.
 */
export async function childCpuMicrosPerRequest(options: {
  server: ChildServer;
  query: BenchQuery;
  requests: number;
}): Promise<number> {
  for (let i = 0; i < Math.ceil(options.requests / 5); i += 1) await send(options.server.url, options.query);
  const start = await options.server.cpuMicros();
  for (let i = 0; i < options.requests; i += 1) await send(options.server.url, options.query);
  return cpuBetween(start, await options.server.cpuMicros()) / options.requests;
}
