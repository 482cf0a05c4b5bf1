import { testMention } from '../../tests/fixtures/test-mention';
import { findQuantities } from './numbers';
import { KnownNames } from './target-names';
import { respectiveOwner } from './target-respective';

/** Sentences and names written for these tests. */
const names = new KnownNames([
  testMention('Project', '青禾冷链物流项目', { sentenceIndex: 0, start: 0, confidence: 0.8 }),
  testMention('Project', '远航智能装备项目', { sentenceIndex: 0, start: 0, confidence: 0.8 }),
  testMention('Project', '启明光电项目', { sentenceIndex: 0, start: 0, confidence: 0.8 }),
]);

function ownersOf(text: string): (string | null)[] {
  const quantities = findQuantities(text);
  return quantities.map((_, i) => respectiveOwner({ text, quantities, i, names })?.entity.name ?? null);
}

describe('respectiveOwner', () => {
  it('pairs the figures with the names after them', () => {
    expect(ownersOf('总投资分别为8亿元、3亿元的青禾冷链物流项目和远航智能装备项目已签约落户。')).toEqual([
      '青禾冷链物流项目',
      '远航智能装备项目',
    ]);
  });

  it('pairs the figures with the names before them', () => {
    expect(
      ownersOf('青禾冷链物流项目、远航智能装备项目和启明光电项目总投资分别为6亿元、2亿元、1亿元。'),
    ).toEqual(['青禾冷链物流项目', '远航智能装备项目', '启明光电项目']);
  });

  it('pairs nothing when the lists differ in length or 分别 is absent', () => {
    expect(ownersOf('青禾冷链物流项目和远航智能装备项目总投资分别为6亿元、2亿元、1亿元。')).toEqual([
      null,
      null,
      null,
    ]);
    expect(ownersOf('总投资8亿元、3亿元的青禾冷链物流项目和远航智能装备项目。')).toEqual([null, null]);
    expect(ownersOf('城镇和农村居民人均可支配收入分别增长8.2%和9.1%。')).toEqual([null, null]);
  });
});
