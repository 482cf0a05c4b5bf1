import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..');

export interface ChildServer {
  url: string;
  origin: string;
  /** Resident memory of the server process, in bytes. */
  rss(): number;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Stops the server (once, however often called); resolves with the lines it logged at level error or above. */
  stop(): Promise<unknown[]>;
}

/** Starts tests/api/corpus-server.child.ts and waits until it listens. */
export function startChildServer(options: {
  documents: number;
  seconds: number;
  config?: Record<string, unknown>;
}): Promise<ChildServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '-r',
      'tsx/cjs',
      join(__dirname, 'corpus-server.child.ts'),
      String(options.documents),
      String(options.seconds),
      JSON.stringify(options.config ?? {}),
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  const lines = createInterface({ input: child.stdout! });
  let onErrors: ((errors: unknown[]) => void) | undefined;
  let stopping: Promise<unknown[]> | undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the server process ended (${code}) before listening`)));
    lines.on('line', (line) => {
      if (line.startsWith('listening ')) {
        const url = line.slice('listening '.length);
        resolve({
          url,
          origin: new URL(url).origin,
          rss: () => {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
          },
          alive: () => !exited,
          stop: () =>
            (stopping ??= new Promise((done) => {
              onErrors = done;
              child.stdin!.end();
            })),
        });
      } else if (line.startsWith('errors ')) {
        onErrors?.(JSON.parse(line.slice('errors '.length)) as unknown[]);
      }
    });
  });
}
