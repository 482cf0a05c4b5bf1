import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The GraphQL SDL of towngraph: every `.graphql` file beside this one, in name order.
 * The files are read from disk (not bundled as strings) so that editors and linters see
 * plain SDL.
 */
export function loadTypeDefs(directory: string = __dirname): string[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(directory, file), 'utf8'));
}
