import { createHash } from 'node:crypto';
import type { NodeLabel } from '../../schema/model';
import { LEGAL_FORMS, shortNames } from '../extract/enterprise-names';
import { isGenericBody } from '../extract/name-scan';
import { tokenize } from '../extract/name-segment';
import { PROVINCE_SHORT_NAMES } from '../gazetteer/province-names';

/**
 * The corpus lexicon: names of entities found in any loaded document, with the short forms
 * a company's full name is called by, so that every document recognises them. It is derived
 * from stored node names alone (lexiconFromNames), so it is the same on every store and after
 * a restart, and it travels to the extraction workers as plain data with a version.
 */

/** Kinds whose names are learnt. Only companies: see LEARNT_LABELS' note. */
export type LexiconLabel = 'Enterprise';

/**
 * Companies only. Their registered names (a legal form at the end) are unambiguous and
 * their short forms follow one rule. Zones, projects, institutions and programmes were
 * measured too: their names are mostly found again by the same patterns in the other
 * documents, and what is not found again is as often a false positive of the first
 * document, which the corpus would then spread (see the loaders README).
 */
export const LEARNT_LABELS: readonly LexiconLabel[] = ['Enterprise'];

export interface LexiconEntry {
  label: LexiconLabel;
  /** The full name, as the entity's node is named. */
  name: string;
  /** The shorter names the entity is called by (never the full name itself). */
  forms: string[];
}

export interface CorpusLexicon {
  /** Hash of the entries: equal lexicons have equal versions, whatever store they came from. */
  version: string;
  entries: LexiconEntry[];
}

/** The lexicon of an empty corpus. */
export const EMPTY_LEXICON: CorpusLexicon = { version: 'empty', entries: [] };

/** Most entries a lexicon keeps, so that every extraction's extra work stays bounded. */
export const MAX_LEXICON_ENTRIES = 20_000;

/** Shortest short form recognised across documents: two characters are too often a word. */
const MIN_FORM_LENGTH = 3;

/** A registered company name: a brand, perhaps a trade, and a legal form (not 集团 alone). */
function isRegisteredName(name: string): boolean {
  return LEGAL_FORMS.some((form) => form !== '集团' && name.endsWith(form) && name.length >= form.length + 3);
}

/**
 * A short form that could stand for a company anywhere: long enough, not a generic phrase,
 * and no place in it (松滋市君怡服饰, 漕泾镇三家经济: the place is where, not who).
 */
function isDistinctiveForm(form: string): boolean {
  return (
    form.length >= MIN_FORM_LENGTH &&
    /^[\u4e00-\u9fa5A-Za-z0-9]+$/.test(form) &&
    !/^[\u4e00-\u9fa5]{0,4}?[省市县区镇乡]/.test(form) &&
    !isGenericBody(form) &&
    !startsWithName(form) &&
    // 发展建设投资: a trade with no brand in front of it.
    !isGenericBody(form.slice(0, 2))
  );
}

/**
 * A form without the places in front of it (上海滨水旅游 → 滨水旅游, 江苏盐城仁拓 → 仁拓):
 * provinces by name, then a first word the dictionary tags as a place. The gazetteer is
 * not used here: the lexicon is built on a server's main thread, which should not hold it.
 */
function withoutPlacePrefix(form: string): string {
  let rest = form;
  for (let province = matchProvince(rest); province; province = matchProvince(rest))
    rest = rest.slice(province.length);
  const first = tokenize(rest)[0];
  if (first && first.tag === 'ns' && first.word.length >= 2 && rest.length - first.word.length >= 2)
    rest = rest.slice(first.word.length);
  return rest;
}

function matchProvince(form: string): string | undefined {
  return PROVINCE_SHORT_NAMES.find((p) => form.startsWith(p) && form.length - p.length >= 2);
}

/** Whether the first word of a form is a place or a person's name (吕梁发展: a city's development). */
function startsWithName(form: string): boolean {
  // A brand unknown to the dictionary falls apart into single characters, tagged anyhow.
  const first = tokenize(form)[0];
  return first !== undefined && first.word.length >= 2 && (first.tag === 'ns' || first.tag === 'nr');
}

function versionOf(entries: readonly LexiconEntry[]): string {
  if (entries.length === 0) return EMPTY_LEXICON.version;
  const hash = createHash('sha256');
  for (const entry of entries)
    hash.update(`${entry.label}\u0001${entry.name}\u0001${entry.forms.join('\u0002')}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The lexicon of a corpus from the names of its nodes. A short form that two full names
 * share (南华纺织 of two registered companies) stands for neither: ambiguity is left alone.
 */
export function lexiconFromNames(nodes: Iterable<{ label: NodeLabel; name: string }>): CorpusLexicon {
  const names = new Set<string>();
  for (const node of nodes)
    if (node.label === 'Enterprise' && isRegisteredName(node.name)) names.add(node.name);
  const sorted = [...names].sort();
  const claims = new Map<string, number>();
  const formsOf = new Map<string, string[]>();
  for (const name of sorted) {
    const forms = [...new Set(shortNames(name).map(withoutPlacePrefix))].filter(
      (form) => isDistinctiveForm(form) && !names.has(form) && form !== name,
    );
    formsOf.set(name, forms);
    for (const form of forms) claims.set(form, (claims.get(form) ?? 0) + 1);
  }
  const entries: LexiconEntry[] = sorted
    .map((name) => ({
      label: 'Enterprise' as const,
      name,
      forms: (formsOf.get(name) ?? []).filter((form) => claims.get(form) === 1),
    }))
    .filter((entry) => entry.forms.length > 0)
    .slice(0, MAX_LEXICON_ENTRIES);
  return { version: versionOf(entries), entries };
}

/** Every form of a lexicon (full names and short forms) with the entry it stands for. */
export function lexiconForms(lexicon: CorpusLexicon): Map<string, LexiconEntry> {
  const forms = new Map<string, LexiconEntry>();
  for (const entry of lexicon.entries)
    for (const form of [entry.name, ...entry.forms]) forms.set(form, entry);
  return forms;
}

/**
 * The forms whose meaning differs between two lexicons: learnt, dropped (now ambiguous) or
 * standing for another name. Documents holding one of them read differently now.
 */
export function changedForms(previous: CorpusLexicon, next: CorpusLexicon): string[] {
  if (previous.version === next.version) return [];
  const before = lexiconForms(previous);
  const after = lexiconForms(next);
  const changed = new Set<string>();
  for (const [form, entry] of after) if (before.get(form)?.name !== entry.name) changed.add(form);
  for (const form of before.keys()) if (!after.has(form)) changed.add(form);
  return [...changed].sort();
}
