import { readDocument } from '../read';
import { getGazetteer } from '../gazetteer';
import { extractPlaces } from './places';
import { scopeFromShortForms } from './place-short-scope';

const read = (text: string) => readDocument({ name: 'page.txt', bytes: new TextEncoder().encode(text) });

describe('a page that names home only by short form', () => {
  // 吴江区 and 晋城市 are real divisions; the sentences are invented.
  it('a short form before a development zone’s title places the page in that district', () => {
    const doc = read('近日,吴江开发区公布上半年招商成绩,新签约项目十二个,总投资超过百亿元。');
    const found = scopeFromShortForms(getGazetteer(), doc);
    expect(found?.primary.name).toBe('吴江区');
    expect(found?.scope.city).toBe(getGazetteer().lookup('苏州市')[0]?.code);
    const names = extractPlaces(doc).facts.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['吴江区', '苏州市', '江苏省']));
  });

  it('a city’s short form before its news outlet makes the city the primary place', () => {
    const doc = read('晋城新闻网讯 市政府召开常务会议,研究部署开发区改革工作,要求结合晋城实际推进。');
    expect(extractPlaces(doc).context.primary?.name).toBe('晋城市');
  });

  it('a short form with no place-needing word after it sets no scope', () => {
    expect(scopeFromShortForms(getGazetteer(), read('会议要求结合晋城实际推进改革。'))).toBeNull();
  });
});

describe('a county-level city the province governs itself', () => {
  // 天门市 is real and has no prefecture above it; the sentence is invented.
  it('is a CITY directly under its province', () => {
    const { facts } = extractPlaces(read('天门市召开全市项目建设推进会,部署下半年重点工作。'));
    const city = facts.entities.find((e) => e.name === '天门市');
    expect(city?.properties.kind).toBe('CITY');
    const province = facts.entities.find((e) => e.name === '湖北省');
    expect(facts.relations.some((r) => r.fromKey === city?.key && r.toKey === province?.key)).toBe(true);
  });
});
