/** One occurrence of a listed form in a text. */
export interface FormHit {
  form: string;
  /** Position of the form in the list. */
  index: number;
  /** Offset of the form's first character in the text. */
  at: number;
}

const NONE: readonly FormHit[] = Object.freeze([]);

/**
 * Where the forms of a fixed list (suffixes, a vocabulary) stand in a text, found in one
 * pass instead of one `indexOf` scan per form: a rule's list holds dozens to hundreds of
 * forms and is asked about every sentence. The forms are indexed by their last character
 * in a table over the UTF-16 code units, so each character of the text costs one array
 * read, and only the few forms ending in it are compared. (An Aho-Corasick automaton,
 * @monyone/aho-corasick, did the same work about three times slower than the scans it
 * would replace: its states are Maps, walked per character.)
 *
 * Hits come in the order the scans they replace produced them: form by form in the list's
 * order, each form's occurrences left to right, overlapping ones included (a form listed
 * twice is reported twice), so a rule's output does not change with the way it is found.
 */
export class FormIndex {
  /** Last code unit → 1 + its bucket in `endingIn`, 0 when no form ends in it. */
  private readonly slots = new Uint16Array(0x10000);
  private readonly endingIn: number[][] = [];
  private lastText: string | null = null;
  private lastHits: readonly FormHit[] = NONE;

  constructor(readonly forms: readonly string[]) {
    forms.forEach((form, index) => {
      if (form.length === 0) throw new Error('FormIndex: an empty form matches everywhere');
      const last = form.charCodeAt(form.length - 1);
      let slot = this.slots[last] ?? 0;
      if (slot === 0) {
        this.endingIn.push([]);
        slot = this.endingIn.length;
        this.slots[last] = slot;
      }
      this.endingIn[slot - 1]?.push(index);
    });
  }

  /** Every occurrence of every form, by form in list order, then left to right. */
  hits(text: string): readonly FormHit[] {
    // Several rules read one sentence through the same list, one after the other.
    if (text === this.lastText) return this.lastHits;
    const { slots, endingIn, forms } = this;
    let found: FormHit[] | null = null;
    for (let end = 0; end < text.length; end += 1) {
      const slot = slots[text.charCodeAt(end)] ?? 0;
      if (slot === 0) continue;
      for (const index of endingIn[slot - 1] ?? []) {
        const form = forms[index] as string;
        const at = end + 1 - form.length;
        if (at >= 0 && text.startsWith(form, at)) (found ??= []).push(Object.freeze({ form, index, at }));
      }
    }
    // Found by end offset; a form's ends and starts share one order, so a stable sort by
    // list position gives the order of the form-by-form scans.
    this.lastText = text;
    this.lastHits = found === null ? NONE : Object.freeze(found.sort((a, b) => a.index - b.index));
    return this.lastHits;
  }

  /** Each form's first occurrence, in list order: what one `indexOf(form)` per form finds. */
  firstHits(text: string): FormHit[] {
    return this.hits(text).filter((hit, i, all) => all[i - 1]?.index !== hit.index);
  }

  /**
   * Like `hits`, but each form's occurrences do not overlap one another, taken left to
   * right: what `indexOf(form, at + form.length)` steps through.
   */
  separateHits(text: string): FormHit[] {
    const hits: FormHit[] = [];
    let index = -1;
    let free = 0;
    for (const hit of this.hits(text)) {
      if (hit.index !== index) {
        index = hit.index;
        free = 0;
      }
      if (hit.at < free) continue;
      hits.push(hit);
      free = hit.at + hit.form.length;
    }
    return hits;
  }
}

const indexes = new WeakMap<readonly string[], FormIndex | null>();

/**
 * The index of a list that lives as long as the module holding it (a rule's constant), or
 * null for a list holding an empty form, which only a scan form by form reads as before.
 */
export function formIndexOf(forms: readonly string[]): FormIndex | null {
  let index = indexes.get(forms);
  if (index === undefined) {
    index = forms.every((form) => form.length > 0) ? new FormIndex(forms) : null;
    indexes.set(forms, index);
  }
  return index;
}
