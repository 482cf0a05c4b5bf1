import { getGazetteer } from '../gazetteer';
import { scanShortPlaceLists } from './place-short-lists';

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

  it('reads nothing without 等地, and nothing a short form leaves in doubt', () => {
    expect(names('坚持青岛经验，温州模式。')).toEqual([]);
    // 吉林 is both a province and one of its cities.
    expect(names('赴吉林等地考察。')).toEqual([]);
  });
});
