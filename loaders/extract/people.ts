import type { DocumentContext, EntityMention, ExtractedFacts, RelationMention, Sentence } from '../types';
import { entityMention } from './name-mention';
import { AFTER_NAME, ROLES, SURNAMES } from './people-roles';

const ROLE_RE = new RegExp(`(${ROLES.join('|')})\\s*`, 'g');
const DETERMINERS = /^(该镇|我镇|本镇|该区|我区|全镇|全区)/;

/** The given name after a title: 2 or 3 characters starting with a surname and followed by a boundary. */
function nameAfter(text: string, at: number): string | null {
  if (!SURNAMES.has(text[at] ?? '')) return null;
  // 赵伟说: a speech verb right after two characters ends the name there.
  const two = text.slice(at, at + 2);
  if (/^[\u4e00-\u9fa5]{2}$/.test(two) && /^(说|表示|介绍|强调|指出|认为|就|在|要)/.test(text.slice(at + 2)))
    return two;
  for (const length of [3, 2]) {
    const name = text.slice(at, at + length);
    if (/^[\u4e00-\u9fa5]+$/.test(name) && name.length === length && AFTER_NAME.test(text.slice(at + length)))
      return name;
  }
  return null;
}

/** The words of the title, from the start of its clause: 平望镇党委书记, 组织人事和社会保障局局长. */
function titleBefore(text: string, roleEnd: number): { start: number; title: string } {
  let start = roleEnd;
  while (start > 0 && !/[、，,。；;：:\s“”（(]/.test(text[start - 1] ?? '')) start -= 1;
  return { start, title: text.slice(start, roleEnd).trim() };
}

function servedPlace(
  ctx: DocumentContext,
  options: { sentence: Sentence; start: number; title: string },
): { key: string; title: string } | null {
  const absolute = options.sentence.start + options.start;
  const named = ctx.places.places.find((p) => p.span.start === absolute && options.title.startsWith(p.name));
  if (named) return { key: named.key, title: options.title.slice(named.name.length) || options.title };
  const shortNamed = ctx.places.places.find((p) => p.span.start === absolute);
  const community = ctx.places.places
    .filter((p) => p.properties.kind === 'COMMUNITY' && p.span.end <= absolute)
    .pop();
  const title = options.title.replace(DETERMINERS, '');
  if (shortNamed)
    return { key: shortNamed.key, title: title.slice(shortNamed.span.end - shortNamed.span.start) || title };
  if (/^社区/.test(title) && community) return { key: community.key, title };
  const level =
    /^区/.test(title) || /^区/.test(title.replace(/^副/, ''))
      ? ctx.places.district
      : /^市/.test(title)
        ? ctx.places.city
        : ctx.places.primary;
  const place = level ?? ctx.places.primary;
  return place ? { key: place.key, title } : null;
}

/**
 * People: a title followed by a name, each serving in the place the title belongs to.
 * Journalists (记者 周悦磊) are dropped: they serve a newspaper, not a place, and the
 * graph records officials only.
 * Example: 该镇镇长贺军、副镇长陆霜弘就该镇产业发展回答提问。
 */
export function extractPeople(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  const relations: RelationMention[] = [];
  for (const sentence of ctx.doc.sentences) {
    for (const m of sentence.text.matchAll(ROLE_RE)) {
      if (m.index === undefined || m[1] === '记者') continue;
      const nameAt = m.index + m[0].length;
      const name = nameAfter(sentence.text, nameAt);
      if (!name) continue;
      const { start, title } = titleBefore(sentence.text, m.index + (m[1] ?? '').length);
      const served = servedPlace(ctx, { sentence, start, title });
      const role = served?.title ?? title;
      const person = entityMention({
        label: 'Person',
        sentence,
        span: { name, start: nameAt, end: nameAt + name.length },
        rule: 'person.title-name',
        confidence: 0.85,
        properties: { role },
      });
      entities.push(person);
      if (served) {
        relations.push({
          type: 'SERVES_IN',
          fromKey: person.key,
          toKey: served.key,
          properties: { role },
          span: person.span,
          rule: 'person.serves-in',
          confidence: 0.8,
        });
      }
    }
  }
  return { entities, relations };
}
