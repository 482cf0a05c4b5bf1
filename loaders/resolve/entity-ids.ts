import { entityId } from '../../schema/ids';
import type { ExtractedFacts } from '../types';
import { identityName } from './canonical-name';
import { clusterEntities, type EntityCluster } from './cluster-entities';

/** An entity with its final id. */
export interface ResolvedEntity extends EntityCluster {
  id: string;
}

const FIGURES = new Set(['Target', 'Indicator']);

function byKey(facts: ExtractedFacts, test: (label: string) => boolean): EntityCluster[] {
  const groups = new Map<string, EntityCluster>();
  for (const m of facts.entities.filter((e) => test(e.label))) {
    const key = m.resolvedId ?? m.key;
    const group = groups.get(key);
    if (group) group.mentions.push(m);
    else groups.set(key, { label: m.label, name: m.name, aliases: [...m.aliases], mentions: [m] });
  }
  return [...groups.values()];
}

/**
 * Ids of every entity of a document. Places keep the id the gazetteer gave them; named
 * entities get one from their label and identity name, so that the same programme in two
 * documents (“两湖”创新区 / 两湖创新区) is one node; a person's id also holds the place they
 * serve in, and a figure's its subject, metric, value and year.
 */
export function resolveEntities(facts: ExtractedFacts): {
  entities: ResolvedEntity[];
  idOfKey: Map<string, string>;
} {
  const idOfKey = new Map<string, string>();
  const entities: ResolvedEntity[] = [];
  const add = (cluster: EntityCluster, id: string) => {
    entities.push({ ...cluster, id });
    for (const m of cluster.mentions) if (!idOfKey.has(m.key)) idOfKey.set(m.key, id);
  };
  for (const cluster of byKey(facts, (l) => l === 'Place')) {
    const first = cluster.mentions[0];
    add(cluster, first?.resolvedId ?? entityId('Place', identityName(cluster.name)));
  }
  const named = facts.entities.filter(
    (e) => e.label !== 'Place' && e.label !== 'Person' && !FIGURES.has(e.label),
  );
  for (const cluster of clusterEntities(named))
    add(cluster, entityId(cluster.label, identityName(cluster.name)));
  for (const cluster of clusterEntities(facts.entities.filter((e) => e.label === 'Person'))) {
    const keys = new Set(cluster.mentions.map((m) => m.key));
    const serves = facts.relations.find((r) => r.type === 'SERVES_IN' && keys.has(r.fromKey));
    add(cluster, entityId('Person', identityName(cluster.name), (serves && idOfKey.get(serves.toKey)) ?? ''));
  }
  for (const cluster of byKey(facts, (l) => FIGURES.has(l))) {
    const first = cluster.mentions[0];
    const subject = facts.relations.find(
      (r) => r.toKey === first?.key && (r.type === 'TARGETS' || r.type === 'REPORTS'),
    );
    const p = first?.properties ?? {};
    const parts = [
      identityName(cluster.name),
      (subject && idOfKey.get(subject.fromKey)) ?? '',
      String(p.metric ?? ''),
      String(p.value ?? ''),
      String(p.year ?? ''),
    ];
    add(cluster, entityId(cluster.label, ...parts));
  }
  return { entities, idOfKey };
}
