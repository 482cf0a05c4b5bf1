import type { DocumentContext, Sentence } from '../types';

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
  }
  return null;
}
