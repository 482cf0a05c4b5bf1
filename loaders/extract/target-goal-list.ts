import type { DocumentContext, Sentence } from '../types';
import { ESTIMATE_OF_PAST, PAST_MARKER } from './target-lexicon';

/**
 * A list of goals opened by a frame (主要预期目标是：地区生产总值增长8%；固定资产投资增长10%；…)
 * is split into sentences at each ；. The frame is written once, before the first item, yet
 * it governs every item of the list: the later items are goals as much as the first.
 */

/** 主要预期目标是：, 目标为, 发展目标：, 目标任务是: a frame that introduces the goals after it. */
const GOAL_FRAME = /目标(?:任务)?(?:是|为)?[：:]|目标(?:任务)?(?:是|为)/;
/** 完成预期目标, 实现了目标: a goal met, not introduced (no 是, 为 or colon after it). */
const ITEM_END = /[；;]$/;
/** How many items back a frame may stand: a goal list rarely runs longer. */
const MAX_ITEMS = 12;

/**
 * The frame word ('目标') when `sentence` is a later item of a list of goals: the sentences
 * before it end in ；, back to one that holds a goal frame after its last full stop.
 */
export function goalListFrame(ctx: DocumentContext, sentence: Sentence): string | null {
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - MAX_ITEMS; i--) {
    const earlier = ctx.doc.sentences[i];
    if (!earlier || !ITEM_END.test(earlier.text)) return null;
    if (GOAL_FRAME.test(earlier.text)) return '目标';
    // 全年将推进重点项目9个，其中工业项目4个；农业项目5个: a plan verb that opens the first
    // item, before any figure, governs the items after it as 目标 does.
    const opening = HEDGE_OPENING.exec(earlier.text.slice(0, firstFigure(earlier.text)));
    if (opening && sentence.section !== 'review' && !PAST_MARKER.test(earlier.text.slice(opening.index)))
      return opening[1] ?? null;
  }
  return null;
}

/** A plan verb before the first figure of a list item: 将推进, 力争, 计划实施, 拟新建. */
const HEDGE_OPENING =
  /(将|力争|确保|计划|拟|争取)(?:[^，,；;。]{0,8}?)(?:推进|实施|建设|新建|引进|招引|培育|完成|实现|新增|达到|开工)/;

/** Where the first digit of a text stands (its length when it has none). */
function firstFigure(text: string): number {
  const at = text.search(/[0-9０-９]/);
  return at < 0 ? text.length : at;
}

/**
 * Whether `sentence` is a later item of a list of estimated results: 全年预计实现地区生产总值
 * 增长1%；规模以上工业总产值增长2%；… is split at each ；, and the estimate of the year's
 * result written before the first item governs every item after it, as a goal frame does.
 * A goal frame or a plan verb nearer than the estimate wins.
 */
export function estimateListHead(ctx: DocumentContext, sentence: Sentence): boolean {
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - MAX_ITEMS; i--) {
    const earlier = ctx.doc.sentences[i];
    if (!earlier || !ITEM_END.test(earlier.text)) return false;
    if (GOAL_FRAME.test(earlier.text) || HEDGE_OPENING.test(earlier.text)) return false;
    if (new RegExp(ESTIMATE_OF_PAST.source).test(earlier.text.slice(0, firstFigure(earlier.text))))
      return true;
  }
  return false;
}
