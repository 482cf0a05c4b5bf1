import { extractIndustries, industryMatches } from './industries';
import { seedDocument } from '../../tests/fixtures/place-sample-document';
import { contextOf, targetTestContext } from '../../tests/fixtures/target-test-context';

const names = (text: string) => industryMatches(text).map((m) => m.name);

describe('industryMatches', () => {
  it('finds lexicon industries after a focus verb', () => {
    expect(names('超前布局合成生物、氢能等一批前沿产业')).toEqual(['合成生物', '氢能']);
    expect(names('聚焦新能源、新材料两大方向')).toEqual(['新能源', '新材料']);
  });

  it('finds the X of X产业 but not generic qualifiers, parks or processes', () => {
    expect(names('扎实推动花木产业转型升级')).toEqual(['花木']);
    expect(names('推动新兴产业建链延链')).toEqual([]);
    expect(names('助推江南花都产业园联动发展')).toEqual([]);
    expect(names('国家农村产业融合发展示范园')).toEqual([]);
  });

  it('ignores lexicon words without a focus verb', () => {
    expect(names('新能源汽车销量创新高')).toEqual([]);
  });
});

describe('extractIndustries', () => {
  it('seed 000: 嘉泽镇 focuses on 花木, 合成生物 and 氢能', () => {
    const facts = extractIndustries(contextOf(seedDocument('000')));
    const focus = facts.relations.filter(
      (r) => r.type === 'FOCUSES_ON' && r.fromKey === 'Place:place:320412119',
    );
    expect(focus.map((r) => r.toKey)).toEqual(
      expect.arrayContaining(['Industry:花木', 'Industry:合成生物', 'Industry:氢能']),
    );
    expect(new Set(focus.map((r) => r.toKey)).size).toBe(focus.length);
  });

  it('links the industry to a village named in the clause', () => {
    const ctx = targetTestContext('牟家村大力发展乡村旅游。', {
      place: '郑陆镇',
      district: '天宁区',
      city: '常州市',
    });
    const facts = extractIndustries(ctx);
    expect(facts.relations).toEqual([
      expect.objectContaining({ fromKey: 'Place:place:320402109234', toKey: 'Industry:乡村旅游' }),
    ]);
  });
});
