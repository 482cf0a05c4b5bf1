import type { Sentence } from '../types';
import { ROLES, SURNAMES } from './people-roles';

/** A person the text elects or appoints to an office, with the office's words. */
export interface ElectedName {
  sentence: Sentence;
  name: string;
  /** Offset of the name in the sentence. */
  at: number;
  /** Where the office's words begin in the sentence. */
  titleStart: number;
  title: string;
}

const ROLE = `(?:${ROLES.join('|')})`;
const NAME = '[\\u4e00-\\u9fa5]{2,3}';
/** The verbs of an election or appointment that open the sentence's list of offices. */
const APPOINTING = /选举|任命|推选|聘任|决定任命/;
/**
 * 甲某、乙某为某镇人民政府副镇长: names (one or a list) and the office they are made; the
 * list opens the sentence or a clause, or follows the verb.
 */
const MADE = new RegExp(
  `(?:^|[，,；;。]|选举|任命|推选|聘任)(${NAME}(?:、${NAME})*)为([\\u4e00-\\u9fa5]{0,14}?${ROLE})(?=[，,；;。、]|$)`,
  'g',
);
/** 某某同志满票当选为某镇人民政府副镇长. */
const WON = new RegExp(
  `(${NAME}?)(?:同志)?(?:满票|全票|高票)?当选为?([\\u4e00-\\u9fa5]{0,14}?${ROLE})(?=[，,；;。、]|$)`,
  'g',
);

/** The office without the government's full name before the post: 某镇人民政府副镇长 → 某镇副镇长. */
function office(title: string): string {
  return title.replace(/人民政府(?=[\u4e00-\u9fa5]{1,5}$)/, '');
}

/** A name of a listed person: a surname and one or two characters. */
function isName(name: string): boolean {
  return /^[\u4e00-\u9fa5]{2,3}$/.test(name) && SURNAMES.has(name[0] ?? '');
}

/**
 * Election rule: a sentence that elects or appoints (选举, 任命) names each person with the
 * office after 为, and a person 当选 takes the office after it. The office is the role.
 * Example: 会议选举王立军为柳溪镇人大主席，陈芳、李明为柳溪镇人民政府副镇长。
 */
export function electedNames(sentence: Sentence): ElectedName[] {
  const text = sentence.text;
  const found: ElectedName[] = [];
  const push = (names: string, at: number, title: { start: number; words: string }) => {
    let offset = at;
    for (const name of names.split('、')) {
      if (isName(name))
        found.push({ sentence, name, at: offset, titleStart: title.start, title: office(title.words) });
      offset += name.length + 1;
    }
  };
  if (APPOINTING.test(text)) {
    for (const m of text.matchAll(MADE)) {
      const names = m[1] ?? '';
      const words = m[2] ?? '';
      const at = (m.index ?? 0) + m[0].length - words.length - 1 - names.length;
      push(names, at, { start: at + names.length + 1, words });
    }
  }
  // WON tries a name at every position: only sentences that elect someone.
  for (const m of text.includes('当选') ? text.matchAll(WON) : []) {
    const name = m[1] ?? '';
    const words = m[2] ?? '';
    const at = m.index ?? 0;
    if (isName(name)) push(name, at, { start: at + m[0].length - words.length, words });
  }
  return found;
}
