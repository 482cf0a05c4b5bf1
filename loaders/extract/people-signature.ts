import type { Sentence } from '../types';
import { ROLES, SURNAMES } from './people-roles';

/** A name standing on its own line as the speaker of a report or the answer of an interview. */
export interface SignedName {
  sentence: Sentence;
  name: string;
  /** Offset of the name in the sentence. */
  at: number;
  /** The title written on the line or the line before, empty when none is. */
  title: string;
  /** Where the title's words begin in its sentence (the signature's own sentence or the one before). */
  titleSentence: Sentence;
  titleStart: number;
}

/** The line before that makes the next one a signature: the session a report is made to. */
const REPORT_HEADER = /(?:会议上|大会上|代表大会|会议)$/;
/** A body that signs a report in its own name: 某镇人民政府 某某. */
const SIGNING_BODY = /(?:人民政府|政府)$/;
const ROLE_AT_END = new RegExp(`(?:${ROLES.join('|')})$`);
const ROLE_WHOLE = new RegExp(`^(?:${ROLES.join('|')})$`);
/** Lines that are bylines of the press, not signatures. */
const BYLINE = /记者|通讯员|编辑|责编|作者|来源|摄影|审核|校对|发布/;

/** The line's characters without the spaces typesetting puts between them (镇 长 曹 铮), with their offsets. */
function compact(text: string): { chars: string; offsets: number[] } {
  const offsets: number[] = [];
  let chars = '';
  for (let at = 0; at < text.length; at += 1) {
    const c = text[at] ?? '';
    if (/\s/.test(c)) continue;
    chars += c;
    offsets.push(at);
  }
  return { chars, offsets };
}

/**
 * Signature rule: under the heading of a work report (——某年某月在某镇人民代表大会会议上) the
 * speaker's name stands alone on a line, with or without the title or body before it; an
 * interview puts a guest's name alone on the line after the guest's titles.
 * Example: ——2024年1月9日在柳溪镇第五届人民代表大会第三次会议上 / 镇 长 王 立 军
 */
export function signedNames(sentences: readonly Sentence[]): SignedName[] {
  const found: SignedName[] = [];
  for (let i = 1; i < sentences.length; i += 1) {
    const sentence = sentences[i] as Sentence;
    const previous = sentences[i - 1] as Sentence;
    // The offsets only for the few short lines that pass: compacting every sentence of a long report cost more than the rule.
    const chars = sentence.text.replace(/\s/g, '');
    if (chars.length < 2 || chars.length > 24 || BYLINE.test(chars) || !/^[\u4e00-\u9fa5]+$/.test(chars))
      continue;
    const { offsets } = compact(sentence.text);
    const before = previous.text.trim().replace(/[:：，,。]$/, '');
    const header = REPORT_HEADER.test(before);
    const titled = ROLE_AT_END.test(before) && !BYLINE.test(before) && before.length <= 60;
    if (!header && !titled) continue;
    for (const length of [3, 2]) {
      const name = chars.slice(-length);
      const prefix = chars.slice(0, -length);
      if (!SURNAMES.has(name[0] ?? '')) continue;
      // The line is the name alone, or the name after its title or the body it signs for.
      if (prefix && !ROLE_WHOLE.test(prefix) && !SIGNING_BODY.test(prefix)) continue;
      // A two-character line is a two-character name; a three-character line, a three-character one.
      if (!prefix && chars.length !== length) continue;
      const at = offsets[chars.length - length] ?? 0;
      const own = prefix !== '' && ROLE_WHOLE.test(prefix);
      found.push({
        sentence,
        name,
        at,
        title: own ? prefix : titled ? before : '',
        titleSentence: own ? sentence : previous,
        titleStart: own ? (offsets[0] ?? 0) : titled ? previous.text.indexOf(before) : 0,
      });
      break;
    }
  }
  return found;
}
