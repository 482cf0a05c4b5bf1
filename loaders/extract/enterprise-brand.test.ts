import { brandBeforeProduct, oddBrand } from './enterprise-brand';
import { extractEnterprises } from './enterprises';
import { headMentions } from './enterprise-heads';
import { testContext } from '../../tests/fixtures/name-test-context';
import type { Sentence } from '../types';

const context = (text: string) => testContext(text, [{ name: '柳溪镇', kind: 'TOWN', short: '柳溪' }]);

describe('brandBeforeProduct', () => {
  it('a brand of characters the dictionary does not hold together, before its product', () => {
    expect(brandBeforeProduct('东特传动减速机')).toBe('东特');
    expect(brandBeforeProduct('鸿祥药品生产')).toBe('鸿祥');
    // 新材料 is one trade word though the dictionary splits it.
    expect(brandBeforeProduct('枫林新材料')).toBe('枫林');
    // A lone character tagged a measure word with no numeral before it belongs to the brand.
    expect(brandBeforeProduct('微集电芯片制造')).toBe('微集电');
  });

  it('no brand in public works, venues, products of common nouns or clauses', () => {
    for (const body of ['高标准农田', '城南污水处理厂', '金山湖度假区', '稻虾共养', '智慧停车场', '人才公寓'])
      expect(brandBeforeProduct(body)).toBeNull();
    expect(brandBeforeProduct('陈某先后察看了厂房')).toBeNull();
  });
});

describe('headMentions with a brand before its product', () => {
  const heads = (text: string) =>
    headMentions(context(text), context(text).doc.sentences[0] as Sentence).map((e) => [
      e.name,
      [...e.aliases].sort(),
    ]);

  it('the company of a project named company + product, with the project as its alias', () => {
    expect(heads('投资1亿元的东特传动减速机项目正抓紧对接。')).toEqual([
      ['东特', ['东特传动减速机', '东特传动减速机项目']],
    ]);
  });

  it('only where the project name stands whole, after a break or 的', () => {
    expect(heads('县长陈某先后察看了东特传动减速机项目。')).toEqual([]);
  });
});

describe('a brand opening a clause of investment', () => {
  const names = (text: string) => extractEnterprises(context(text)).entities.map((e) => e.name);

  it('is a company', () => {
    expect(oddBrand('东特')).toBe(true);
    expect(names('东特落户柳溪镇。')).toEqual(['东特']);
  });

  it('a common word, a place or a person is not', () => {
    expect(names('今年投资3亿元。该镇投资5亿元建设道路。企业投资意愿增强。')).toEqual([]);
    expect(names('王建国投资200万元建起养殖场。')).toEqual([]);
  });
});
