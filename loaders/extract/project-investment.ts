/**
 * Investment amounts stated with a project: 总投资12亿元, 超30亿元项目.
 * Amounts are returned in 元.
 */

const UNIT: Record<string, number> = { 亿: 1e8, 万: 1e4, 千万: 1e7, 百万: 1e6 };

/** Parses `30亿元`, `1.5亿美元`, `5000万元` into a value and currency. */
export function parseAmount(text: string): { value: number; currency: string } | null {
  const m = /([\d.]+)\s*(千万|百万|亿|万)?(美元|元)/.exec(text);
  if (!m) return null;
  const value = Number(m[1]) * (UNIT[m[2] ?? ''] ?? 1);
  return Number.isFinite(value) ? { value, currency: m[3] === '美元' ? 'USD' : 'CNY' } : null;
}

/** `总投资X亿元` in the clause of a project mention. Example: 总投资12亿元的华星光学项目开工。 */
export function investmentInClause(clause: string): { value: number; currency: string } | null {
  const m =
    /(?:总投资|计划投资|投资额?|投资约|总投资约)(?:超|约|达)?([\d.]+\s*(?:千万|百万|亿|万)?(?:美元|元))/.exec(
      clause,
    );
  return m ? parseAmount(m[1] ?? '') : null;
}

/** A project name followed by its size: `车创·智车园超30亿元项目` → name 车创·智车园, 30亿元. */
export function splitSizedName(name: string): {
  name: string;
  amount: { value: number; currency: string } | null;
} {
  const m =
    /^(.{2,}?)(?:超|约|总投资)?([\d.]+(?:千万|百万|亿|万)?(?:美元|元))(?:以上)?(?:的)?(?:重大产业|重大|重点|产业|制造业)?项目$/.exec(
      name,
    );
  if (!m) return { name, amount: null };
  return { name: m[1] ?? name, amount: parseAmount(m[2] ?? '') };
}
