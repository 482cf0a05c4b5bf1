import { extractDocument } from '..';
import { readDocument } from '../read';
import { inSloganList, suffixStartsWord } from './place-false-names';
import { extractPlaces } from './places';

const encode = (text: string) => new TextEncoder().encode(text);

function placeNames(text: string): string[] {
  const { records } = extractDocument({ name: 'news.txt', bytes: encode(text) });
  return records.nodes.filter((n) => n.label === 'Place').map((n) => n.name);
}

function primaryOf(text: string): string | undefined {
  return extractPlaces(readDocument({ name: 'news.txt', bytes: encode(text) })).context.primary?.name;
}

describe('runs that end like a division but are none', () => {
  it('a suffix that starts a word is no suffix (乡村, 区域, 市场, 县域)', () => {
    expect(suffixStartsWord('调研乡村振兴', 2, 1)).toBe(true);
    expect(suffixStartsWord('运河区域', 2, 1)).toBe(true);
    expect(suffixStartsWord('运河区召开会议', 2, 1)).toBe(false);
  });

  it('a 、-list of slogans sharing a first character holds no places', () => {
    const text = '实施五大战略(大开放、大集镇、大民生),推动全面发展。';
    const at = text.indexOf('大集镇');
    expect(inSloganList(text, { start: at, end: at + 3 })).toBe(true);
    const towns = '走访了嘉泽镇、湟里镇两个镇。';
    expect(inSloganList(towns, { start: 3, end: 6 })).toBe(false);
  });

  it('a list whose short item is itself a place by short form is no slogan list', () => {
    const text = '大港、大路镇的企业都来了。';
    const at = text.indexOf('大路镇');
    expect(inSloganList(text, { start: at, end: at + 3 })).toBe(true);
    expect(inSloganList(text, { start: at, end: at + 3 }, (item) => item === '大港')).toBe(false);
  });

  it('园区赴运河区域各乡镇调研 names no district 运河区', () => {
    const found = placeNames('农业园区近日赴运河区域六个乡镇开展调研,了解各镇产业布局。');
    expect(found).not.toContain('运河区');
  });

  it('a slogan 大集镇 is no town, and does not become the primary place', () => {
    const text = '今年我们实施“四大战略”(大开放、大集镇、大民生、大稳定),全面完成了各项任务。';
    expect(placeNames(text)).not.toContain('大集镇');
    expect(primaryOf(text)).toBeUndefined();
  });

  it('the town 大集镇 itself is still found where the text names it', () => {
    expect(placeNames('曹县大集镇召开电商产业发展大会,全镇网店数量持续增长。')).toContain('大集镇');
  });
});

describe('whose text a visit report is', () => {
  // 镇坪县 and its 曙坪镇 are real; the sentences are invented.
  it('a visit to one town told in the county’s voice keeps the county as the primary place', () => {
    const text =
      '5月8日,省调研组到镇坪调研产业发展工作。调研组来到曙坪镇某村,察看茶叶基地。' +
      '调研组对我县产业发展给予肯定,指出镇坪县要继续发挥生态优势。';
    expect(primaryOf(text)).toBe('镇坪县');
  });

  it('the town’s own news, which speaks as the town, keeps the town', () => {
    const text =
      '5月8日,县委书记到曙坪镇调研产业发展工作,察看了茶叶基地。' +
      '曙坪镇党委书记汇报了我镇茶产业情况,镇坪县相关部门负责人陪同。';
    expect(primaryOf(text)).toBe('曙坪镇');
  });

  it('a county’s round-up that names one of its towns once, in a works’ name, keeps the county', () => {
    const text =
      '近日,镇坪县8个重点项目集中开工。镇坪县茶叶加工厂、县城污水管网改造、' +
      '曙坪镇安置小区等项目总投资5亿元,将助推镇坪产业发展。';
    expect(primaryOf(text)).toBe('镇坪县');
  });

  it('a town named once in full and then by its short form stays the town of its own text', () => {
    const text = '镇坪县曙坪镇召开项目推进会。曙坪今年引进项目6个,曙坪茶叶基地扩建完成,镇坪县领导出席。';
    expect(primaryOf(text)).toBe('曙坪镇');
  });
});

describe('counties named by one character before 县', () => {
  // 太白县, 眉县 (宝鸡市) and 沛县 (徐州市) are real; the sentences are invented.
  it('a neighbouring county of the document’s city is found (眉县 beside 太白县)', () => {
    const names = placeNames('宝鸡市太白县今年新建产业园。园区由眉县提供用地，太白县负责招商。');
    expect(names).toContain('眉县');
  });

  it('a one-character county of another city is not guessed (沛县 in a 宝鸡 text)', () => {
    const names = placeNames('宝鸡市太白县今年新建产业园。园区引进沛县客商投资。');
    expect(names).not.toContain('沛县');
  });
});
