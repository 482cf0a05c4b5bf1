import type { ProgrammeLevel, Properties, ProjectStatus } from '../../schema/model';
import type { EntityMention } from '../types';
import { laterStatus } from '../extract/project-status';

/** Properties the extractors use among themselves and that never reach the graph. */
const INTERNAL = new Set(['participant', 'defaultLevel']);

/**
 * One entity's properties from all its mentions: the first value stated wins, except that a
 * project's status is the furthest along (started and completed → completed), its investment
 * the largest figure, and a programme's level the one stated over the assumed one.
 */
export function mergeProperties(mentions: readonly EntityMention[]): Properties {
  const merged: Properties = {};
  let status: ProjectStatus | null = null;
  let assumedLevel: ProgrammeLevel | null = null;
  for (const mention of mentions) {
    for (const [key, value] of Object.entries(mention.properties)) {
      if (value === null || value === undefined) continue;
      if (key === 'status') status = laterStatus(status, value as ProjectStatus);
      else if (key === 'defaultLevel') assumedLevel ??= value as ProgrammeLevel;
      else if (key === 'investment' && typeof value === 'number')
        merged.investment = Math.max(value, Number(merged.investment ?? 0));
      else if (!INTERNAL.has(key) && !(key in merged)) merged[key] = value;
    }
  }
  if (status) merged.status = status;
  if (mentions[0]?.label === 'Programme' && !merged.level && assumedLevel) merged.level = assumedLevel;
  return merged;
}
