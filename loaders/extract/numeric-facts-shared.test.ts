import type { EntityMention, ExtractedFacts } from '../types';
import { targetTestContext } from '../../tests/fixtures/target-test-context';
import { sharedNumericFacts } from './numeric-facts-shared';
import { findNumericFacts } from './target-facts';

const WUJIN = { place: '武进区', district: '武进区', city: '常州市' };
const TEXT = '明年新增学位8190个。青禾农业扩产项目今年完成投资3亿元，全镇现有规上企业169家。';

function project(name: string): EntityMention {
  return {
    key: `Project:${name}`,
    label: 'Project',
    name,
    aliases: [],
    properties: {},
    span: { sentenceIndex: 1, start: 0, end: name.length },
    rule: 'project.test',
    confidence: 1,
  };
}

describe('sharedNumericFacts', () => {
  it('gives what findNumericFacts gives, once for the targets and the indicators', () => {
    const ctx = targetTestContext(TEXT, WUJIN);
    const named: ExtractedFacts = { entities: [project('青禾农业扩产项目')], relations: [] };
    const first = sharedNumericFacts(ctx, named);
    expect(first).toEqual(findNumericFacts(ctx, named));
    expect(first.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([8190, 169]));
    // The indicators ask with the targets added: entities the search does not read.
    const target = { ...project('x'), key: 'Target:x', label: 'Target' as const };
    expect(sharedNumericFacts(ctx, { entities: [...named.entities, target], relations: [] })).toBe(first);
  });

  it('searches again when the named entities differ', () => {
    const ctx = targetTestContext(TEXT, WUJIN);
    const none: ExtractedFacts = { entities: [], relations: [] };
    const named: ExtractedFacts = { entities: [project('青禾农业扩产项目')], relations: [] };
    const bare = sharedNumericFacts(ctx, none);
    const withProject = sharedNumericFacts(ctx, named);
    expect(withProject).not.toBe(bare);
    expect(withProject).toEqual(findNumericFacts(ctx, named));
    expect(bare).toEqual(findNumericFacts(ctx, none));
  });
});
