import { extractDocument } from '..';
import { getGazetteer } from '../gazetteer';
import { scanCountyLists, scanShortDestinations, scanShortPlaceLists } from './place-short-lists';

describe('scanShortPlaceLists', () => {
  const gazetteer = getGazetteer();
  const names = (text: string) => scanShortPlaceLists(text, gazetteer).map((m) => `${m.name} ${m.kind}`);

  it('reads provinces and cities listed by short form before 等地, past the verb that opens the list', () => {
    expect(names('镇班子成员先后赴青岛、温州、广西等地考察招商。')).toEqual([
      '青岛市 CITY',
      '温州市 CITY',
      '广西壮族自治区 PROVINCE',
    ]);
  });

  it('keeps the span of the short form only', () => {
    const text = '今年赴温州等地招商。';
    const [match] = scanShortPlaceLists(text, gazetteer);
    expect(text.slice(match?.start, match?.end)).toBe('温州');
  });

  it('reads a municipality as a province', () => {
    expect(names('前往重庆、成都等城市对接企业。')).toEqual(['重庆市 PROVINCE', '成都市 CITY']);
  });

  it('reads a short form before a word for a part of the place (浙江沿海), past the verb', () => {
    expect(names('镇主要负责人深入浙江沿海、珠三角等地招商。')).toEqual(['浙江省 PROVINCE']);
    expect(names('组织企业赴苏南地区、华东一带等地考察。')).toEqual([]);
  });

  it('reads nothing without 等地, and nothing a short form leaves in doubt', () => {
    expect(names('坚持青岛经验，温州模式。')).toEqual([]);
    // 吉林 is both a province and one of its cities.
    expect(names('赴吉林等地考察。')).toEqual([]);
  });
});

describe('places named in brackets and in qualified lists, read whole', () => {
  function placesOf(text: string): string[] {
    const { records } = extractDocument({ name: 'lists.txt', bytes: new TextEncoder().encode(text) });
    const name = new Map(records.nodes.map((n) => [n.id, n.name]));
    return records.relationships
      .filter((r) => r.type === 'LOCATED_IN')
      .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
  }

  it('a town of the district in brackets is a place, and hosts the zone it names', () => {
    // 新市镇 and 钟管镇 are towns of 德清县; the park is invented.
    const links = placesOf('德清县新市镇加快建设新市(钟管)协作产业园，完成投资2亿元。');
    expect(links).toContain('钟管镇 -> 德清县');
    expect(links).toContain('新市(钟管)协作产业园 -> 钟管镇');
  });

  it('villages listed by short form before a qualified noun (两村, 传统古村落) are places', () => {
    // 宝石村 and 高湖村 are villages of 闯王镇 (通山县); 宝石社区 shares the short form.
    const links = placesOf('通山县闯王镇持续推动宝石、高湖传统古村落保护。');
    expect(links).toContain('宝石村 -> 闯王镇');
    expect(links).toContain('高湖村 -> 闯王镇');
  });
});

describe('scanShortDestinations', () => {
  const gazetteer = getGazetteer();
  const names = (text: string) => scanShortDestinations(text, gazetteer).map((m) => `${m.name} ${m.kind}`);

  it('reads provinces and cities by short form after a verb of travel or origin', () => {
    expect(names('乡里先后赴洛阳、许昌对接客商。')).toEqual(['洛阳市 CITY', '许昌市 CITY']);
    expect(names('该镇从福建引进一家鞋材企业。')).toEqual(['福建省 PROVINCE']);
    expect(names('他曾在洛阳某机械厂务工多年。')).toEqual(['洛阳市 CITY']);
    expect(names('在洛阳召开的会议上。')).toEqual([]);
  });

  it('reads a county-level city of the province named right after it', () => {
    expect(names('这家厂是从江苏昆山迁来的。')).toEqual(['江苏省 PROVINCE', '昆山市 DISTRICT']);
  });

  it('leaves a short form that heads a company or a school name', () => {
    expect(names('来自宁波青松电器有限公司的经理到场洽谈。')).toEqual([]);
    expect(names('他从中山大学毕业后回乡创业。')).toEqual([]);
  });
});

describe('scanCountyLists', () => {
  const gazetteer = getGazetteer();
  const names = (text: string, city: string | null = '3305') =>
    scanCountyLists(text, gazetteer, city).map((m) => `${m.name} ${m.kind}`);

  it('reads counties listed by short form before a counted 县 or 县（市）, past the words before the list', () => {
    expect(names('该镇地处德清、安吉、长兴三县交界处。')).toEqual([
      '德清县 DISTRICT',
      '安吉县 DISTRICT',
      '长兴县 DISTRICT',
    ]);
    expect(names('青禾村位于德清、安吉两县（市）之间。')).toEqual(['德清县 DISTRICT', '安吉县 DISTRICT']);
  });

  it('reads nothing when one item is no county of the city, or the noun is another word', () => {
    expect(names('德清、桐乡两县合作共建园区。')).toEqual([]);
    expect(names('德清、安吉县域经济。')).toEqual([]);
    expect(names('青禾、远帆两区建设。')).toEqual([]);
  });
});
