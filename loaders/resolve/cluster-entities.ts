import type { EntityLabel } from '../../schema/model';
import type { EntityMention } from '../types';
import { displayName, identityName } from './canonical-name';

/** The mentions of one entity within a document, under the name it is known by. */
export interface EntityCluster {
  label: EntityLabel;
  name: string;
  aliases: string[];
  mentions: EntityMention[];
}

function formsOf(mention: EntityMention): string[] {
  return [mention.name, ...mention.aliases].map(identityName);
}

/**
 * The entity's name: the form the document uses most, then the longer, fuller one, then the
 * alphabetically first, so that the choice never depends on the order of extraction.
 */
function preferredName(names: readonly string[]): string {
  const count = new Map<string, number>();
  for (const n of names) {
    const shown = displayName(n);
    count.set(shown, (count.get(shown) ?? 0) + 1);
  }
  const ranked = [...count.keys()].sort(
    (a, b) =>
      (count.get(b) ?? 0) - (count.get(a) ?? 0) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked[0] ?? '';
}

/**
 * Groups one label's mentions into entities: mentions with one identity name are one
 * entity, and a name that another entity lists as its alias joins that entity (常州华星光学
 * 科技有限公司 … 华星光学: one enterprise with an alias, not two nodes).
 */
export function clusterEntities(mentions: readonly EntityMention[]): EntityCluster[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  // Each mention's key, built once: the loops below ask for it again and again.
  const keys = mentions.map((m) => `${m.label}\u0000${identityName(m.name)}`);
  for (const key of keys) if (!parent.has(key)) parent.set(key, key);
  const names = new Set(parent.keys());
  mentions.forEach((m, i) => {
    for (const form of formsOf(m)) {
      const other = `${m.label}\u0000${form}`;
      if (names.has(other)) union(keys[i] as string, other);
    }
  });
  const groups = new Map<string, EntityMention[]>();
  for (const [i, m] of mentions.entries()) {
    const root = find(keys[i] as string);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as EntityMention;
    const name = first.label === 'Place' ? first.name : preferredName(group.map((m) => m.name));
    const surface = group.flatMap((m) => [m.name, ...m.aliases]);
    const aliases = [...new Set([...surface, ...surface.map(displayName)])]
      .filter((a) => a && a !== name)
      .sort();
    return { label: first.label, name, aliases, mentions: group };
  });
}
