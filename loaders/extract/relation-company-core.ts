import { getGazetteer } from '../gazetteer';
import { looksLikeBrand } from './enterprise-names';

/**
 * The part of a registered company name that its projects carry: the name without the
 * place it is registered in and without its legal form (杭州青禾餐饮设备有限公司 → 青禾…),
 * so that 青禾项目 is found to be that company's. A project shares the core's first three
 * characters or more, or the core's brand of two characters when it is the whole project
 * name before 项目 or 工程.
 */

const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|集团|公司|专业合作社|合作社)$/;

/** The company name after a leading province, city or county (full or short form). */
export function companyCore(name: string): string | null {
  if (!LEGAL_FORM.test(name)) return null;
  const gazetteer = getGazetteer();
  let rest = name;
  for (let changed = true; changed;) {
    changed = false;
    for (let length = 4; length >= 2; length -= 1) {
      const head = rest.slice(0, length);
      const place =
        gazetteer.lookup(head).some((r) => r.code.length <= 6) || gazetteer.lookupUpperShort(head).length > 0;
      if (place && rest.length - length >= 4) {
        rest = rest.slice(length);
        changed = true;
        break;
      }
    }
  }
  return rest.replace(LEGAL_FORM, '');
}

/** Whether a project's name starts with the core of a company's registered name. */
export function carriesCore(project: string, core: string): boolean {
  let shared = 0;
  while (shared < Math.min(project.length, core.length) && project[shared] === core[shared]) shared += 1;
  // 新能源汽车项目 and 湖州新能源科技有限公司 share an industry, not a brand.
  if (shared < 2 || !looksLikeBrand(project.slice(0, shared))) return false;
  return shared >= 3 || /^(?:[一二三四五六七八九十\d]期)?(?:项目|工程)$/.test(project.slice(shared));
}
