import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The package root of this checkout. */
export const ROOT = path.join(__dirname, '..', '..');
/** The shipped command, as `npx towngraph` runs it: bin/towngraph.js over the built dist/. */
export const BIN = path.join(ROOT, 'bin', 'towngraph.js');
export const SEEDS = path.join(ROOT, 'seeds');

/** An environment for a child: this one without any NEO4J_* variable, plus the given ones. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('NEO4J_') || name === 'PORT') delete env[name];
  return { ...env, ...extra };
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and collects its output. */
export async function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Finished> {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? childEnv() });
  const output = collect(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return { code, signal, ...output.text() };
}

function collect(child: ChildProcess): { text(): { stdout: string; stderr: string } } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
  return {
    text: () => ({
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    }),
  };
}

/** A running `towngraph serve` (or `npm start`) child and what it printed so far. */
export interface RunningServer {
  origin: string;
  graphqlUrl: string;
  child: ChildProcess;
  stderr(): string;
  graphql<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<T>;
  /** SIGTERM, then waits for the exit (SIGKILL after `killAfterMs`); resolves with its code and signal. */
  stop(killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Spawns a server command and waits for the line it prints once it listens
 * ("GraphQL at http://…"). Fails with everything the child printed if it exits first.
 */
export async function startServer(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? childEnv(),
    detached: true,
  });
  const output = collect(child);
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      kill(child, 'SIGKILL');
      reject(new Error(`no "GraphQL at" line within the time allowed:\n${output.text().stderr}`));
    }, options.timeoutMs ?? 180_000);
    const onData = () => {
      const match = /GraphQL at (http:\/\/\S+?\/graphql)/.exec(output.text().stderr);
      if (!match) return;
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      resolve(match[1]!);
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${output.text().stderr}`));
    });
  });
  const graphql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<T> => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return {
    origin: new URL(graphqlUrl).origin,
    graphqlUrl,
    child,
    stderr: () => output.text().stderr,
    graphql,
    async stop(killAfterMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) {
        return { code: child.exitCode, signal: child.signalCode };
      }
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      kill(child, 'SIGTERM');
      const timer = setTimeout(() => kill(child, 'SIGKILL'), killAfterMs);
      const [code, signal] = await exited;
      clearTimeout(timer);
      return { code, signal };
    },
  };
}

/**
 * Signals the child's whole process group: `npm start` runs the server as a grandchild, and
 * npm passes SIGTERM on, but a SIGKILL must reach the server itself.
 */
function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

export interface QuickStart {
  /** The command that installs and serves the seeds. */
  install: string;
  /** The command that runs the tests. */
  test: string;
  /** The first query the README offers. */
  query: string;
}

/** The fenced blocks under the README's "## Quick start", in order: sh, sh, graphql. */
export function readQuickStart(
  readme: string = readFileSync(path.join(ROOT, 'README.md'), 'utf8'),
): QuickStart {
  const start = readme.indexOf('## Quick start');
  if (start < 0) throw new Error('README.md has no "## Quick start" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1],
    body: m[2]!.trim(),
  }));
  const shell = blocks.filter((block) => block.lang === 'sh');
  const graphql = blocks.find((block) => block.lang === 'graphql');
  if (shell.length < 2 || !graphql)
    throw new Error('the quick start needs two sh blocks and a graphql block');
  return { install: shell[0]!.body, test: shell[1]!.body, query: graphql.body };
}

/** The README's first query (the towns with their district, city, projects and goals). */
export const TOWNS_QUERY = readQuickStart().query;
