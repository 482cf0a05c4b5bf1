import type { EntityMention, Sentence } from '../types';
import { entityMention } from './name-mention';
import { isGenericBody } from './name-scan';

/**
 * Bodies reported as founded: 成立科技创新委员会, 组建产业技术联盟. The founding verb bounds the
 * name on its left, so a name made of common words (科技创新, whose 创新 jieba reads as a verb)
 * still counts: the text is speaking of one body it set up.
 */
const FOUNDED =
  /(?:成立|组建|设立|筹建)了?((?:[\u4e00-\u9fa5]{2,14}?)(?:委员会|联盟|协会|商会|促进会|联合会|研究院|研究中心|工作站))(?![\u4e00-\u9fa5]{0,2}(?:会长|主任|秘书长|理事|成员|委员))/g;

/** Words that make the founded thing a count or a kind, not one body: 成立各类协会, 成立3个联盟. */
const KIND = /^(?:各类?|多个|一批|若干|[\d一二三四五六七八九十两]+[个家])|(?:国家|省|市|县|区)级/;

/**
 * Founded rule: a body named right after a verb of founding.
 * Example: 柳溪街道成立乡贤工作委员会，组建茶产业联盟。
 */
export function foundedMentions(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  for (const m of sentence.text.matchAll(FOUNDED)) {
    const name = m[1] ?? '';
    if (m.index === undefined || name.length < 5 || KIND.test(name)) continue;
    // 设立企业研究院, 组建重点企业工作站: a firm's facility of a common kind, not a body.
    const facility = /(研究院|研究中心|工作站)$/.exec(name)?.[1];
    if (facility && isGenericBody(name.slice(0, -facility.length))) continue;
    const start = m.index + m[0].length - name.length;
    found.push(
      entityMention({
        label: 'Institution',
        sentence,
        span: { name, start, end: start + name.length },
        rule: 'institution.founded',
        confidence: 0.7,
      }),
    );
  }
  return found;
}
