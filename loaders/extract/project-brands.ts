import type { EntityMention } from '../types';
import { entityKey } from './name-mention';

/**
 * 与无穷食品有限公司举行无穷食品(山东)生产基地项目签约: a brand the dictionary reads as an
 * adverb or a verb (无穷, 久保) is cut from the left of a works' name as it is from a
 * company's. When the characters just before a project, with the project's opening, spell one
 * of the short names of a company found in the document, the brand is taken back into the
 * project's name.
 */
export function withCompanyBrands(
  mentions: readonly EntityMention[],
  companies: readonly EntityMention[],
  text: string,
): EntityMention[] {
  const forms = [...new Set(companies.flatMap((c) => [c.name, ...c.aliases]))].filter((f) => f.length >= 3);
  if (forms.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.label !== 'Project' || text.slice(m.span.start, m.span.start + m.name.length) !== m.name) return m;
    for (const form of forms) {
      for (let cut = 2; cut <= Math.min(3, form.length - 2); cut += 1) {
        const brand = form.slice(0, cut);
        if (text.slice(m.span.start - cut, m.span.start) !== brand || !m.name.startsWith(form.slice(cut)))
          continue;
        const name = brand + m.name;
        return {
          ...m,
          key: entityKey('Project', name),
          name,
          aliases: m.aliases.map((a) => (m.name.startsWith(a) ? brand + a : a)),
          span: { ...m.span, start: m.span.start - cut },
        };
      }
    }
    return m;
  });
}
