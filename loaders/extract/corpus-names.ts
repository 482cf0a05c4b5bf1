import type { CorpusLexicon, LexiconEntry } from '../corpus/lexicon';
import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { sentenceAt } from '../read/sentences';
import { entityKey, entityMention } from './name-mention';
import { tokenize } from './name-segment';

/** The rule name of a mention found through the corpus lexicon. */
export const CORPUS_NAME_RULE = 'enterprise.corpus-name';

/**
 * Heads that make a longer name of a company's brand: 华星路, 华星村, 华星花园, 华星大厦 are
 * places and buildings named after it, not the company.
 */
const NAME_CONTINUES =
  /^(?:[路街巷道桥村镇乡湾港园苑府庄城楼馆站厦岛湖山河江塘浜]|大道|小区|社区|花园|广场|新村|公园)/;

/**
 * A form stands alone at [start, end) of a sentence when the words of the sentence break on
 * both of its ends (it is not the middle of a longer word: 南华纺织 in 湖南华纺织…) and no
 * place or building name goes on after it.
 */
function standsAlone(sentence: Sentence, start: number, end: number): boolean {
  const tokens = tokenize(sentence.text);
  const breaks = new Set<number>([0, sentence.text.length]);
  for (const token of tokens) {
    breaks.add(token.start);
    breaks.add(token.end);
  }
  return breaks.has(start) && breaks.has(end) && !NAME_CONTINUES.test(sentence.text.slice(end));
}

/** Forms above which the text's character pairs are gathered first (a pass over the text). */
const PAIR_FILTER_FORMS = 256;

/**
 * The pairs of adjacent characters of a text. A lexicon holds thousands of forms and a
 * document few of them: a form whose first or last pair the text lacks is not searched for.
 */
function characterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let at = 0; at + 1 < text.length; at += 1) pairs.add(text.slice(at, at + 2));
  return pairs;
}

/** The lexicon's entries this document does not already name itself, by each form they have. */
function formsToFind(lexicon: CorpusLexicon, own: readonly EntityMention[]): Map<string, LexiconEntry> {
  const ownNames = new Set(own.flatMap((m) => [m.name, ...m.aliases]));
  const forms = new Map<string, LexiconEntry>();
  for (const entry of lexicon.entries) {
    // The document names this company itself: its own short-name rule already follows it.
    if (ownNames.has(entry.name)) continue;
    for (const form of [entry.name, ...entry.forms]) if (!ownNames.has(form)) forms.set(form, entry);
  }
  return forms;
}

/**
 * Corpus rule: a company whose full name another loaded document gave is recognised here by
 * that name or one of its short forms, where the form stands alone and no enterprise this
 * document found already covers it. The mention carries the full name, so both documents'
 * mentions are one node.
 * Example: one report names 常州华星光学科技有限公司; another says 华星光学扩建生产线.
 */
export function corpusNameMentions(ctx: DocumentContext, known: readonly EntityMention[]): EntityMention[] {
  const lexicon = ctx.lexicon;
  if (!lexicon || lexicon.entries.length === 0) return [];
  const own = known.filter((m) => m.label === 'Enterprise');
  const taken = own.map((m) => m.span);
  const found: EntityMention[] = [];
  const text = ctx.doc.text;
  // Longest forms first, so that 华星光学科技 is taken before 华星光学 inside it.
  const forms = [...formsToFind(lexicon, own)].sort(
    (a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  );
  // Few forms are searched for directly; many are first checked against the text's pairs.
  const pairs = forms.length > PAIR_FILTER_FORMS ? characterPairs(text) : null;
  for (const [form, entry] of forms) {
    if (pairs && (!pairs.has(form.slice(0, 2)) || !pairs.has(form.slice(-2)))) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (taken.some((t) => t.start < end && at < t.end)) continue;
      const sentence = sentenceAt(ctx.doc.sentences, at);
      if (
        !sentence ||
        end > sentence.end ||
        !standsAlone(sentence, at - sentence.start, end - sentence.start)
      )
        continue;
      const mention = entityMention({
        label: 'Enterprise',
        sentence,
        span: { name: form, start: at - sentence.start, end: end - sentence.start },
        name: entry.name,
        aliases: form === entry.name ? [] : [form],
        rule: CORPUS_NAME_RULE,
        confidence: 0.65,
      });
      found.push(mention);
      taken.push(mention.span);
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A company this document found by a short name (a brand before its own workshop, a trade
 * name as a subject) that another loaded document gave in full is that company: the
 * mention takes the full name, keeps the short one as an alias, and relations that named
 * it follow. A short name the document itself also gives in full is left to the
 * document's own short-name rule; a name with a legal form is never renamed.
 * Example: one report names 常州华星光学科技有限公司; another says 华星光学二期生产线投产.
 */
export function namedByCorpus(ctx: DocumentContext, facts: ExtractedFacts): ExtractedFacts {
  const lexicon = ctx.lexicon;
  if (!lexicon || lexicon.entries.length === 0) return facts;
  const ownNames = new Set(
    facts.entities.filter((m) => m.label === 'Enterprise').flatMap((m) => [m.name, ...m.aliases]),
  );
  const forms = new Map<string, LexiconEntry>();
  for (const entry of lexicon.entries)
    if (!ownNames.has(entry.name)) for (const form of entry.forms) forms.set(form, entry);
  const renamed = new Map<string, string>();
  const entities = facts.entities.map((mention) => {
    if (mention.label !== 'Enterprise') return mention;
    const entry = forms.get(mention.name);
    if (!entry) return mention;
    const key = entityKey('Enterprise', entry.name);
    renamed.set(mention.key, key);
    return {
      ...mention,
      key,
      name: entry.name,
      aliases: [...new Set([mention.name, ...mention.aliases])],
      rule: CORPUS_NAME_RULE,
    };
  });
  if (renamed.size === 0) return facts;
  const relations = facts.relations.map((r) => ({
    ...r,
    fromKey: renamed.get(r.fromKey) ?? r.fromKey,
    toKey: renamed.get(r.toKey) ?? r.toKey,
  }));
  return { entities, relations };
}
