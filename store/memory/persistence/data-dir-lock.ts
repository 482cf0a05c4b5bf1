import { lock } from 'proper-lockfile';

export interface DataDirLockOptions {
  /**
   * A lock not refreshed for this long belongs to a process that is gone (killed, crashed,
   * or a container that restarted). Default 5000 ms, the smallest proper-lockfile allows.
   */
  staleMs?: number;
  /** How long to wait for a stale lock to age before refusing. Default: staleMs + 2 s. */
  waitMs?: number;
  /** Called when the lock is lost while held (its folder removed or not refreshed in time). */
  onLost?: (error: Error) => void;
}

/**
 * One process per data directory: two writers would interleave their journals. The lock is
 * a folder whose mtime its holder refreshes (proper-lockfile), so liveness is read from the
 * clock, not from a pid: a container restarted as pid 1 takes over the lock its killed
 * predecessor, also pid 1, left behind, once that lock has gone stale.
 */
export async function lockDataDir(
  path: string,
  options: DataDirLockOptions = {},
): Promise<() => Promise<void>> {
  const staleMs = Math.max(options.staleMs ?? 5000, 5000);
  const waitMs = options.waitMs ?? staleMs + 2000;
  const stepMs = 500;
  try {
    const release = await lock(path, {
      lockfilePath: path,
      realpath: false,
      stale: staleMs,
      update: Math.max(1000, Math.floor(staleMs / 4)),
      retries: { retries: Math.ceil(waitMs / stepMs), factor: 1, minTimeout: stepMs, maxTimeout: stepMs },
      onCompromised: (error) => options.onLost?.(error),
    });
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await release().catch(() => undefined);
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new Error(`data directory is in use by another running process (lock ${path})`, { cause: error });
    }
    throw error;
  }
}
