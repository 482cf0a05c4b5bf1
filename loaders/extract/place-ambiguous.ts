import { entityId } from '../../schema/ids';
import { shortName, type Gazetteer } from '../gazetteer';
import type { EntityMention, ReadDocument, Span } from '../types';
import { mentionCount, townsNamed } from './place-evidence';

/**
 * place.ambiguous-town: the town a document is about when its name belongs to several
 * towns of the country and nothing in the text says which (新安街道 names nine; an excerpt
 * that never names its district or a village cannot be placed). Dropping it would drop
 * every figure the document credits to the town, so the town becomes a place of its own
 * with no code and no parent: one node per name, marked with the codes it could be
 * (`candidates`), and resolved only when a document hint (`place`, `district`) or the
 * text names it. Analysts find such places with `code IS NULL AND candidates IS NOT NULL`.
 *
 * The town chosen is the one the title names, else the one that takes at least three
 * fifths of the text's town mentions (named twice, or the only town named): a round-up
 * of several towns gets none.
 */
export function ambiguousTown(gazetteer: Gazetteer, doc: ReadDocument): EntityMention | null {
  const text = `${doc.title}\n${doc.text}`;
  const towns = townsNamed(gazetteer, text).map((t) => ({ ...t, mentions: mentionCount(text, t.name) }));
  if (towns.length === 0) return null;
  const titled = towns.filter((t) => doc.title.includes(t.name));
  let chosen = titled.length === 1 ? titled[0] : undefined;
  if (!chosen && titled.length === 0) {
    const total = towns.reduce((n, t) => n + t.mentions, 0);
    const best = towns.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    if ((best.mentions >= 2 || towns.length === 1) && best.mentions >= total * 0.6) chosen = best;
  }
  if (!chosen || chosen.records.length < 2) return null;
  return unresolvedTownMention(
    doc,
    chosen.name,
    chosen.records.map((r) => r.code),
  );
}

function unresolvedTownMention(doc: ReadDocument, name: string, codes: readonly string[]): EntityMention {
  const id = entityId('Place', 'TOWN', 'unresolved', name);
  const short = shortName(name, 'TOWN');
  return {
    key: `Place:${id}`,
    label: 'Place',
    name,
    aliases: short ? [short] : [],
    properties: { kind: 'TOWN', code: null, candidates: [...codes].sort() },
    span: firstMention(doc, name),
    rule: 'place.ambiguous-town',
    confidence: 0.6,
    resolvedId: id,
  };
}

/** The first sentence that names the town, else the start of the text (a title-only name). */
export function firstMention(doc: ReadDocument, name: string): Span {
  for (const s of doc.sentences) {
    const at = s.text.indexOf(name);
    if (at >= 0) return { sentenceIndex: s.index, start: s.start + at, end: s.start + at + name.length };
  }
  const first = doc.sentences[0];
  return { sentenceIndex: first?.index ?? 0, start: first?.start ?? 0, end: first?.start ?? 0 };
}
