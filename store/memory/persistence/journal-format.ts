import { createHash } from 'node:crypto';
import type { GraphRecords } from '../../../schema/records';

/** One committed write, as the journal keeps it. */
export type JournalOperation = { op: 'load'; records: GraphRecords } | { op: 'delete'; documentId: string };
export type JournalEntry = JournalOperation & { seq: number };

function checksum(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

/**
 * One line per transaction: `<byte length> <checksum> <JSON>\n`. The length and checksum
 * let a reader tell a whole line from one cut short by a crash, whatever the cut.
 */
export function encodeEntry(entry: JournalEntry): Buffer {
  const body = Buffer.from(JSON.stringify(entry), 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} ${checksum(body)} `, 'utf8'), body, Buffer.from('\n')]);
}

export interface DecodedJournal {
  entries: JournalEntry[];
  /** Bytes of whole, valid lines; anything after is a torn tail. */
  validLength: number;
  /** Bytes after validLength (0 when the journal ended cleanly). */
  tornBytes: number;
}

const HEADER = /^(\d+) ([0-9a-f]{16}) /;

/**
 * Reads a journal. A line that is cut short or fails its checksum is a torn tail only if
 * it is the last line: a crash can tear only the write in progress. A bad line followed
 * by good ones means the file was damaged some other way, and reading stops with an error
 * rather than silently dropping committed transactions.
 */
export function decodeJournal(data: Buffer, path: string): DecodedJournal {
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset < data.length) {
    const end = data.indexOf(0x0a, offset);
    const line = data.subarray(offset, end === -1 ? data.length : end);
    const entry = end === -1 ? undefined : decodeLine(line);
    if (!entry) {
      if (end !== -1 && end + 1 < data.length) {
        throw new Error(`${path}: damaged journal line at byte ${offset} with committed lines after it`);
      }
      return { entries, validLength: offset, tornBytes: data.length - offset };
    }
    entries.push(entry);
    offset = end + 1;
  }
  return { entries, validLength: offset, tornBytes: 0 };
}

function decodeLine(line: Buffer): JournalEntry | undefined {
  const header = HEADER.exec(line.subarray(0, 40).toString('latin1'));
  if (!header) return undefined;
  const body = line.subarray(header[0].length);
  if (body.length !== Number(header[1]) || checksum(body) !== header[2]) return undefined;
  try {
    const entry = JSON.parse(body.toString('utf8')) as JournalEntry;
    return typeof entry.seq === 'number' && (entry.op === 'load' || entry.op === 'delete')
      ? entry
      : undefined;
  } catch {
    return undefined;
  }
}
