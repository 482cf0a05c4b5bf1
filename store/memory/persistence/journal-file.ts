import { open, type FileHandle } from 'node:fs/promises';
import { decodeJournal, encodeEntry, type JournalEntry } from './journal-format';

/**
 * The append-only journal. Each append is written and fsync'ed before it returns, so a
 * transaction whose load has resolved survives a crash. A failed append is cut back off
 * the file so that the next line starts clean.
 */
export class JournalFile {
  private broken: Error | undefined;
  /** Where the last appended line starts, so that it can be taken back. */
  private lastStart: number | undefined;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    private size: number,
  ) {}

  /** Opens (creating) the journal, returns its entries, and cuts off a torn last line. */
  static async open(
    path: string,
  ): Promise<{ journal: JournalFile; entries: JournalEntry[]; tornBytes: number }> {
    const handle = await open(path, 'a+');
    try {
      const data = await handle.readFile();
      const decoded = decodeJournal(data, path);
      if (decoded.tornBytes > 0) {
        await handle.truncate(decoded.validLength);
        await handle.sync();
      }
      const journal = new JournalFile(handle, path, decoded.validLength);
      return { journal, entries: decoded.entries, tornBytes: decoded.tornBytes };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  get bytes(): number {
    return this.size;
  }

  async append(entry: JournalEntry): Promise<void> {
    if (this.broken) throw new Error(`${this.path} cannot be written: ${this.broken.message}`);
    const line = encodeEntry(entry);
    this.lastStart = this.size;
    try {
      // 'a+' makes every write append, however many calls a partial write takes.
      let written = 0;
      while (written < line.length) {
        const { bytesWritten } = await this.handle.write(line, written, line.length - written);
        written += bytesWritten;
      }
      await this.handle.sync();
      this.size += line.length;
    } catch (error) {
      await this.cutBack(error);
      throw error;
    }
  }

  /**
   * Takes back the line just appended, for a write that was journaled but then could not
   * be applied: replaying it later would fail the same way.
   */
  async revokeLast(): Promise<void> {
    if (this.lastStart === undefined) throw new Error(`${this.path}: no line to take back`);
    const start = this.lastStart;
    this.lastStart = undefined;
    try {
      await this.handle.truncate(start);
      await this.handle.sync();
      this.size = start;
    } catch (error) {
      this.broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    }
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async clear(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
    this.size = 0;
    this.lastStart = undefined;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  private async cutBack(cause: unknown): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      await this.handle.sync();
    } catch {
      // The file may now end in a partial line: refuse further appends, since a line
      // after it would turn a harmless torn tail into damage in the middle.
      this.broken = cause instanceof Error ? cause : new Error(String(cause));
    }
  }
}
