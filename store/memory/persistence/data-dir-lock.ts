import { open, readFile, unlink } from 'node:fs/promises';

/**
 * One process per data directory: two writers would interleave their journals. The lock
 * file holds the owner's pid; a lock whose process is gone (killed, crashed) is taken over.
 */
export async function lockDataDir(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && isAlive(owner)) {
        const who = owner === process.pid ? 'this process' : `process ${owner}`;
        throw new Error(`data directory is in use by ${who} (lock file ${path})`, { cause: error });
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`could not lock ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
