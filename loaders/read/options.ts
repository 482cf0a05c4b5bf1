/** How the read stage treats its input. */
export interface ReadOptions {
  /**
   * Largest input accepted, in bytes. Larger inputs are refused before any decoding, so
   * a huge upload costs nothing but the size check.
   * @default 16 MiB (16 * 1024 * 1024)
   */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
