import { canonicalName } from './name-forms';
import { GoldFormatError, parseGold } from './gold';

describe('parseGold', () => {
  it('reads a minimal gold file, filling absent kinds with empty lists', () => {
    const gold = parseGold(
      '{"document":"a.txt","places":[{"name":"嘉泽镇","kind":"TOWN","parent":"武进区"}]}',
      'a.json',
    );
    expect(gold.places).toHaveLength(1);
    expect(gold.projects).toEqual([]);
  });

  it('accepts an optional item that gives its reason', () => {
    const gold = parseGold(
      '{"document":"a.txt","projects":[{"name":"滨河路","optional":true,"reason":"a road named only by itself"}]}',
      'a.json',
    );
    expect(gold.projects[0]).toMatchObject({ optional: true, reason: 'a road named only by itself' });
  });

  it.each([
    ['not json', 'a.json: not JSON'],
    ['{"places":[]}', 'a.json: gold.document must be a non-empty string'],
    ['{"document":"a.txt","places":{}}', 'a.json: "places" must be an array'],
    [
      '{"document":"a.txt","places":[{"name":"嘉泽镇","kind":"TOWNSHIP"}]}',
      'a.json: places[0].kind must be one of',
    ],
    [
      '{"document":"a.txt","targets":[{"subject":"x","unit":"人","value":"26000"}]}',
      'a.json: targets[0].value must be a number',
    ],
    [
      '{"document":"a.txt","projects":[{"name":"滨河路改造工程","optional":true}]}',
      'a.json: projects[0].reason must be a non-empty string',
    ],
  ])('refuses %s with an error naming the file and the field', (text, message) => {
    expect(() => parseGold(text, 'a.json')).toThrow(GoldFormatError);
    expect(() => parseGold(text, 'a.json')).toThrow(message);
  });
});

describe('canonicalName', () => {
  it('drops quote marks and whitespace, unifies brackets and dashes', () => {
    expect(canonicalName('“532” 发展战略')).toBe(canonicalName('532发展战略'));
    // The resolver's identity form: a phase's brackets do not make another name.
    expect(canonicalName('嘉兴路（一期）改造工程')).toBe('嘉兴路一期改造工程');
    expect(canonicalName('嘉兴路(一期)改造工程')).toBe(canonicalName('嘉兴路一期改造工程'));
    expect(canonicalName('西太湖-太湖湾')).toBe(canonicalName('西太湖——太湖湾'));
    expect(canonicalName('《寺墩遗址保护规划》')).toBe('寺墩遗址保护规划');
  });

  it('keeps different names different', () => {
    expect(canonicalName('嘉泽镇')).not.toBe(canonicalName('嘉泽'));
  });
});
