import { SingleBar, Presets } from 'cli-progress';
import type { DocumentOutcome } from '../loaders/load';

export interface LoadProgress {
  update(outcome: DocumentOutcome): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; on anything else (CI logs, pipes) one line per document,
 * since a redrawn bar would only garble a log.
 */
export function createLoadProgress(total: number, stream: NodeJS.WriteStream = process.stderr): LoadProgress {
  let done = 0;
  if (!stream.isTTY) {
    return {
      update(outcome) {
        done += 1;
        stream.write(`[${done}/${total}] ${outcome.status.padEnd(9)} ${outcome.name}\n`);
      },
      stop() {},
    };
  }
  const bar = new SingleBar(
    { stream, format: 'loading [{bar}] {value}/{total} {percentage}% | {name}', hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0, { name: '' });
  return {
    update(outcome) {
      bar.increment(1, { name: outcome.name });
    },
    stop() {
      bar.stop();
    },
  };
}
