import { InvalidArgumentError } from 'commander';

/** Documents larger than this are refused unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** Parses sizes such as 16MB, 512KB or 1048576. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]?B?)$/i.exec(value.trim());
  const unit = UNITS[(match?.[2] ?? '').toUpperCase()];
  if (!match || unit === undefined) throw new InvalidArgumentError(`not a size: ${value} (try 16MB)`);
  return Math.floor(Number(match[1]) * unit);
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError(`not a port: ${value}`);
  return port;
}
