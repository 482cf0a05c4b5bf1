import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** The `towngraph` command as a user runs it: a child process, its output and exit code. */

export const ROOT = path.join(__dirname, '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');
const run = promisify(execFile);

/** Runs the built command from the repository root on the embedded store (NEO4J_URI cleared). */
export async function towngraph(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(ROOT, 'bin', 'towngraph.js'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: '' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
