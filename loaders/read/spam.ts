import { countDistrictNames } from './districts';
import { findSpamRuns, type SpamRun } from './spam-runs';

export interface SpamCleaning {
  text: string;
  /** Each injected string once, in order of first occurrence. */
  spam: string[];
  restored: { injected: string; restored: string }[];
}

export interface SpamOptions {
  /** The district the caller says the document belongs to, preferred when the text names it too. */
  districtHint?: string;
  /**
   * Where to look for the district name; the text itself by default. A page's <title> is
   * cleaned with the page's body as evidence.
   */
  evidence?: string;
}

/**
 * Defacers replace a page's place name with spam, so a spam run standing where a name
 * stands is put back to the district name the rest of the page still carries, and any
 * other run is deleted. Slots:
 * - before a government body: 欢迎访问澳门现金赌场人民政府网站 → 欢迎访问天宁区人民政府网站;
 * - before a town: 在澳门现金赌场郑陆镇第三届人民代表大会 → 在天宁区郑陆镇…;
 * - after 在 or 我 (我区, 在区里): 在澳门赌场推进 → 在天宁区推进.
 * Evidence is gathered from the whole text, footer included, before anything is removed.
 */
export function removeSpam(text: string, options: SpamOptions = {}): SpamCleaning {
  const runs = findSpamRuns(text);
  if (runs.length === 0) return { text, spam: [], restored: [] };

  const district =
    options.evidence === undefined
      ? recoverDistrict(text, runs, options.districtHint)
      : recoverDistrict(options.evidence, findSpamRuns(options.evidence), options.districtHint);
  const spamLines = linesMostlySpam(text, runs);
  const spam = new Set<string>();
  const restored = new Map<string, string>();
  let out = '';
  let cursor = 0;
  for (const run of runs) {
    spam.add(run.text);
    if (run.start < cursor) continue;
    const line = spamLines.get(lineStartOf(text, run.start));
    if (line) {
      out += text.slice(cursor, line.start);
      cursor = line.end;
      continue;
    }
    out += text.slice(cursor, run.start);
    const name =
      district && inPlaceSlot(text, run) ? fitName(district, text.slice(run.end, run.end + 2)) : null;
    if (name && !text.endsWith(name, run.start) && !text.startsWith(name, run.end)) {
      out += name;
      restored.set(run.text, name);
    }
    cursor = run.end;
  }
  out += text.slice(cursor);
  return {
    text: out,
    spam: [...spam],
    restored: [...restored].map(([injected, name]) => ({ injected, restored: name })),
  };
}

/** Share of a line's characters that spam must cover for the line to be an advert, not a defaced sentence. */
const ADVERT_SHARE = 0.5;

/**
 * Lines that are adverts rather than defaced prose go whole, so that no debris is left:
 * 澳门威尼斯人官网注册送38元彩金 is mostly spam; 欢迎访问澳门现金赌场人民政府网站 is not.
 */
function linesMostlySpam(text: string, runs: SpamRun[]): Map<number, { start: number; end: number }> {
  const covered = new Map<number, number>();
  for (const run of runs) {
    const start = lineStartOf(text, run.start);
    covered.set(start, (covered.get(start) ?? 0) + run.end - run.start);
  }
  const lines = new Map<number, { start: number; end: number }>();
  for (const [start, spamChars] of covered) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const length = text.slice(start, end).replace(/\s/g, '').length;
    if (spamChars / length >= ADVERT_SHARE) lines.set(start, { start, end });
  }
  return lines;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function recoverDistrict(text: string, runs: SpamRun[], hint: string | undefined): string | null {
  let clean = '';
  let cursor = 0;
  for (const run of runs) {
    clean += `${text.slice(cursor, run.start)}\n`;
    cursor = run.end;
  }
  clean += text.slice(cursor);
  const counts = countDistrictNames(clean);
  if (hint && counts.has(hint)) return hint;
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}

const BODY_AFTER = /^(人民政府|政府|人民代表大会|人大|政协|区委|县委|市委|党委|党工委)/u;
const TOWN_AFTER = /^(?![的和与在是为对把将从向])\p{Script=Han}{1,4}?(镇|乡|街道)/u;
const SUBJECT_BEFORE = /[在我]$/u;

function inPlaceSlot(text: string, run: SpamRun): boolean {
  const after = text.slice(run.end, run.end + 8);
  const before = text.slice(Math.max(0, run.start - 1), run.start);
  return BODY_AFTER.test(after) || TOWN_AFTER.test(after) || SUBJECT_BEFORE.test(before);
}

/** 天宁区 before 区委 reads 天宁区委, not 天宁区区委. */
function fitName(district: string, after: string): string {
  const suffix = district.slice(-1);
  return after.startsWith(`${suffix}委`) ? district.slice(0, -1) : district;
}
