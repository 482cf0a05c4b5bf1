import type { EntityLabel } from '../../schema/model';
import type { EntityMention } from '../types';

/** Where a known entity's name stands in a sentence. */
export interface Occurrence {
  entity: EntityMention;
  start: number;
  end: number;
}

/** Labels whose names can own a figure; places are found by the place stage instead. */
export const NAMED_LABELS: readonly EntityLabel[] = [
  'Project',
  'Enterprise',
  'Programme',
  'Zone',
  'Institution',
];

interface Hit {
  name: string;
  start: number;
  end: number;
}

/**
 * The names (and aliases) of the entities already found, indexed by first character, so
 * that each sentence is scanned once however many entities a document has. A name inside a
 * longer one is not a mention of its own (瑞丰食品 in 瑞丰食品预制菜加工项目).
 */
export class KnownNames {
  /** Name → every entity going by it (a zone and a project may share one). */
  private readonly byName = new Map<string, EntityMention[]>();
  /** Names by the code unit they start with: a sentence is read a code unit at a time. */
  private readonly byFirst = new Map<number, string[]>();
  private readonly cache = new Map<string, Hit[]>();
  private readonly projects: EntityMention[] = [];

  constructor(entities: readonly EntityMention[]) {
    for (const entity of entities) {
      if (entity.label === 'Project') this.projects.push(entity);
      if (!NAMED_LABELS.includes(entity.label)) continue;
      for (const name of new Set([entity.name, ...entity.aliases])) {
        if (name.length < 2) continue;
        const owners = this.byName.get(name);
        if (owners) {
          if (!owners.some((o) => o.key === entity.key)) owners.push(entity);
          continue;
        }
        this.byName.set(name, [entity]);
        const first = name.charCodeAt(0);
        this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), name]);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Projects whose name holds a company's name or short form: 青禾农业 → 青禾农业扩产项目. */
  projectsNamedAfter(company: EntityMention): EntityMention[] {
    const forms = [company.name, ...company.aliases].filter((f) => f.length >= 2);
    return this.projects.filter((p) => p.name !== company.name && forms.some((f) => p.name.includes(f)));
  }

  /** Names of entities with one of `labels` in a text, left to right, longest first, without overlaps. */
  in(text: string, labels: readonly EntityLabel[]): Occurrence[] {
    const out: Occurrence[] = [];
    for (const hit of this.scan(text)) {
      const entity = this.byName.get(hit.name)?.find((e) => labels.includes(e.label));
      if (entity) out.push({ entity, start: hit.start, end: hit.end });
    }
    return out;
  }

  private scan(text: string): Hit[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const found: Hit[] = [];
    for (let i = 0; i < text.length;) {
      const name = this.byFirst.get(text.charCodeAt(i))?.find((n) => text.startsWith(n, i));
      if (name) {
        found.push({ name, start: i, end: i + name.length });
        i += name.length;
      } else {
        i++;
      }
    }
    this.cache.set(text, found);
    return found;
  }
}
