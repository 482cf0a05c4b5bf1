import type { ProjectStatus } from '../../schema/model';
import type { Sentence } from '../types';

/** Status words of a project and what they mean. */
const STATUS_WORDS: readonly [string, ProjectStatus][] = [
  ['签约', 'SIGNED'],
  ['签订', 'SIGNED'],
  ['落户', 'SIGNED'],
  ['招引', 'SIGNED'],
  ['落地', 'SIGNED'],
  ['开工', 'STARTED'],
  ['启动', 'STARTED'],
  ['动工', 'STARTED'],
  ['在建', 'UNDER_CONSTRUCTION'],
  ['施工', 'UNDER_CONSTRUCTION'],
  ['推进', 'UNDER_CONSTRUCTION'],
  ['加快建设', 'UNDER_CONSTRUCTION'],
  ['加快实施', 'UNDER_CONSTRUCTION'],
  ['开展', 'UNDER_CONSTRUCTION'],
  ['竣工', 'COMPLETED'],
  ['完工', 'COMPLETED'],
  ['建成', 'COMPLETED'],
  ['投用', 'COMPLETED'],
  ['投产', 'COMPLETED'],
  ['投入运营', 'COMPLETED'],
  ['投入使用', 'COMPLETED'],
  ['交付使用', 'COMPLETED'],
  ['顺利完成', 'COMPLETED'],
  ['投入运行', 'COMPLETED'],
  ['通过验收', 'COMPLETED'],
  ['计划', 'PLANNED'],
  ['拟', 'PLANNED'],
  ['将', 'PLANNED'],
  ['前期', 'PLANNED'],
  ['筹建', 'PLANNED'],
  ['谋划', 'PLANNED'],
  ['准备', 'PLANNED'],
  ['力争', 'PLANNED'],
  ['招投标', 'PLANNED'],
];

const PROGRESS: Record<ProjectStatus, number> = {
  PLANNED: 0,
  SIGNED: 1,
  STARTED: 2,
  UNDER_CONSTRUCTION: 3,
  COMPLETED: 4,
};

/** The further along of two statuses: a project reported as started and as completed is completed. */
export function laterStatus(a: ProjectStatus | null, b: ProjectStatus | null): ProjectStatus | null {
  if (!a || !b) return a ?? b;
  return PROGRESS[a] >= PROGRESS[b] ? a : b;
}

/** The most advanced status named in a window; 计划/将 count only when nothing else is said. */
function statusIn(window: string): ProjectStatus | null {
  let best: ProjectStatus | null = null;
  for (const [word, status] of STATUS_WORDS) {
    if (status !== 'PLANNED' && window.includes(word)) best = laterStatus(best, status);
  }
  if (best) return best;
  return STATUS_WORDS.some(([word, status]) => status === 'PLANNED' && window.includes(word))
    ? 'PLANNED'
    : null;
}

function bounds(text: string, from: number, breaks: RegExp): { start: number; end: number } {
  let start = from;
  while (start > 0 && !breaks.test(text[start - 1] ?? '')) start -= 1;
  let end = from;
  while (end < text.length && !breaks.test(text[end] ?? '')) end += 1;
  return { start, end };
}

/**
 * Status of a project from the verbs around its mention: first the predicate that follows
 * it in its clause (嘉兴路(一期)改造工程已正式完工 → COMPLETED), then the verb before it in
 * the clause (计划实施成章村卫生室提升工程 → PLANNED), then the words of the list the project
 * stands in (签约重点项目3个，分别是…), then the rest of the sentence; in the
 * plan part of a report an unmarked project is PLANNED.
 */
export function projectStatus(
  sentence: Sentence,
  spans: { mention: { start: number; end: number }; list?: { start: number; end: number } },
): ProjectStatus | null {
  const { mention: span, list } = spans;
  const text = sentence.text;
  const clause = bounds(text, span.end, /[，,；;。！？!?\n]/);
  const before = text.slice(bounds(text, span.start, /[，,；;。！？!?\n]/).start, span.start);
  const full = bounds(text, span.end, /[；;。！？!?\n]/);
  const status =
    (/计划|拟|将|力争/.test(before) ? 'PLANNED' : null) ??
    statusIn(text.slice(span.end, clause.end)) ??
    statusIn(before) ??
    (list ? statusIn(text.slice(list.start, list.end)) : null) ??
    statusIn(text.slice(span.end, full.end));
  if (status) return status;
  return sentence.section === 'plan' ? 'PLANNED' : null;
}
