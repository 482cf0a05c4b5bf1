import type { NameSpan } from './name-scan';

/** Campaign heads a known programme's name may be the opening words of. */
const CAMPAIGN_TAIL = /^[\u4e00-\u9fa5]{2,8}?(?:三年行动|五年行动|专项行动|行动计划|行动|工程)/;

/**
 * Whether a known programme's name opens a longer campaign named after it: 农村人居环境整治
 * in 农村人居环境整治提升五年行动 is part of the campaign's name, not a mention of its own.
 * A head alone (乡村振兴 + 战略) is the programme's own alias and does not count.
 * Example: 扎实开展农村人居环境整治提升五年行动。
 */
export function opensWiderCampaign(text: string, span: NameSpan): boolean {
  // 数字乡村试点, 乡村振兴示范村: a pilot or a model named after the programme is the pilot's
  // own name (or a designation), read by the suffix rule; so is an area a few words on
  // (乡村振兴文旅示范带, 乡村振兴先行示范区, 乡村振兴核心区).
  if (/^(?:试点|示范)/.test(text.slice(span.end))) return true;
  if (/^[\u4e00-\u9fa5]{0,3}?(?:示范[带区村镇园片]|先行区|核心区)/.test(text.slice(span.end))) return true;
  // 乡村振兴产业基地, 乡村振兴现场教学点, 乡村振兴学院: a site or a body named after the
  // programme is a place of its own, not a mention of the programme.
  if (
    /^[^的和与及、，,。；;“”]{0,4}?(?:基地|教学点|学院|服务站|工作站|展示馆|展览馆|车间)/.test(
      text.slice(span.end),
    )
  )
    return true;
  const tail = CAMPAIGN_TAIL.exec(text.slice(span.end));
  if (!tail) return false;
  // The words between the name and the head belong to the campaign, not to a new clause.
  return !/[的和与及、，,。；;“”]/.test(tail[0]);
}
