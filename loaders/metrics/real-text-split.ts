/**
 * The split of the real-text set (../shared/real-dev, dNNN.txt) fixed before the
 * vocabulary was written: every fourth document (d104, d108, …) is the frozen test part,
 * never read while choosing phrasings; the others are the development part.
 */
export function isFrozenTestDocument(fileName: string): boolean {
  const n = /d(\d+)/.exec(fileName)?.[1];
  return n !== undefined && Number(n) % 4 === 0;
}
