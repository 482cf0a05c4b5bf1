import type { SeededRandom } from './random';

/**
 * Invented names in the shapes the genre uses. Syllables are combined freely, so the
 * names are new to the extractors: what they find, they find by rule.
 */

const SYLLABLES = [...'恒瑞晨辉泰鑫博宏润丰达锦华越科正联兴源盛益昌澜嘉启航明峰卓誉信和裕隆德祥睿安'];
const BUSINESS = ['科技', '新能源', '新材料', '智能装备', '精密机械', '生物医药', '电子', '光电', '环保科技'];
const COMPANY_FORMS = ['有限公司', '股份有限公司'];
const PROJECT_SUBJECTS = [
  '智能装备',
  '新材料',
  '冷链物流',
  '数据中心',
  '光伏组件',
  '汽车零部件',
  '电池材料',
  '医疗器械',
];
const PROJECT_FORMS = ['产业园项目', '生产基地项目', '扩建项目', '研发中心项目'];
const WORKS = ['路改造工程', '河道整治工程', '污水管网工程', '农贸市场改造工程'];
const PROGRAMME_FORMS = ['发展战略', '行动计划', '英才计划', '三年行动'];
const ZONE_FORMS = ['工业园', '产业园', '科创园'];

function word(random: SeededRandom, length: number): string {
  return Array.from({ length }, () => random.pick(SYLLABLES)).join('');
}

export interface EnterpriseName {
  full: string;
  short: string;
}

/** 常州恒瑞新材料股份有限公司, known later as 恒瑞新材料. */
export function enterpriseName(random: SeededRandom, city: string): EnterpriseName {
  const core = word(random, 2) + random.pick(BUSINESS);
  return { full: `${city.replace(/市$/, '')}${core}${random.pick(COMPANY_FORMS)}`, short: core };
}

export function projectName(random: SeededRandom, placeShort: string): string {
  return random.chance(0.75)
    ? `${word(random, 2)}${random.pick(PROJECT_SUBJECTS)}${random.pick(PROJECT_FORMS)}`
    : `${placeShort}${word(random, 1)}${random.pick(WORKS)}`;
}

/** A quoted branded programme (“365”发展战略) or a named scheme (泰兴英才计划). */
export function programmeName(random: SeededRandom, placeShort: string): { name: string; quoted: string } {
  if (random.chance(0.5)) {
    const digits = `${random.int(1, 9)}${random.int(1, 9)}${random.int(1, 9)}`;
    const form = random.pick(PROGRAMME_FORMS.slice(0, 2));
    return { name: `${digits}${form}`, quoted: `“${digits}”${form}` };
  }
  const name = `${placeShort}${random.pick(PROGRAMME_FORMS.slice(2))}`;
  return { name, quoted: name };
}

export function zoneName(random: SeededRandom, placeShort: string): string {
  return `${placeShort}${word(random, 2)}${random.pick(ZONE_FORMS)}`;
}
