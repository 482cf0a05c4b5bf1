import type { EntityLabel } from '../../schema/model';
import type { EntityMention } from '../types';

/** Where a known entity's name stands in a sentence. */
export interface Occurrence {
  entity: EntityMention;
  start: number;
  end: number;
}

/** Labels whose names can own a figure; places are found by the place stage instead. */
const NAMED: ReadonlySet<EntityLabel> = new Set([
  'Project',
  'Enterprise',
  'Programme',
  'Zone',
  'Institution',
]);

/**
 * The names (and aliases) of the entities already found, indexed by first character, so
 * that each sentence is scanned once however many entities a document has. A name inside a
 * longer one is not a mention of its own (瑞丰食品 in 瑞丰食品预制菜加工项目).
 */
export class KnownNames {
  private readonly byFirst = new Map<string, { name: string; entity: EntityMention }[]>();
  private readonly cache = new Map<string, Occurrence[]>();

  constructor(entities: readonly EntityMention[]) {
    const seen = new Set<string>();
    for (const entity of entities) {
      if (!NAMED.has(entity.label)) continue;
      for (const name of [entity.name, ...entity.aliases]) {
        if (name.length < 2 || seen.has(name)) continue;
        seen.add(name);
        const first = name[0] ?? '';
        const list = this.byFirst.get(first) ?? [];
        list.push({ name, entity });
        this.byFirst.set(first, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  /** Names in a text, left to right, longest first at each position, without overlaps. */
  in(text: string): Occurrence[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const found: Occurrence[] = [];
    for (let i = 0; i < text.length;) {
      const hit = this.byFirst.get(text[i] ?? '')?.find((c) => text.startsWith(c.name, i));
      if (hit) {
        found.push({ entity: hit.entity, start: i, end: i + hit.name.length });
        i += hit.name.length;
      } else {
        i++;
      }
    }
    this.cache.set(text, found);
    return found;
  }
}
