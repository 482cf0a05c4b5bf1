import { extractDocument } from '..';
import { getGazetteer } from '../gazetteer';
import { bareDocument } from './bare-document';
import { ambiguousTown } from './place-ambiguous';

const doc = bareDocument;

describe('ambiguousTown', () => {
  const gazetteer = getGazetteer();

  it('makes the titled town a place of its own, with every town of that name as a candidate', () => {
    // 三交镇 is a town of three counties of Shanxi, and nothing here says which.
    const town = ambiguousTown(gazetteer, doc('三交镇2025年工作总结', '全年完成一般公共预算收入1200万元。'));
    expect(town?.name).toBe('三交镇');
    expect(town?.properties.code).toBeNull();
    expect(town?.properties.candidates).toEqual(
      gazetteer
        .lookup('三交镇')
        .filter((r) => r.kind === 'TOWN')
        .map((r) => r.code)
        .sort(),
    );
    expect(town?.properties.candidates).toHaveLength(3);
    expect(town?.rule).toBe('place.ambiguous-town');
  });

  it('takes the only town an untitled text names, even once', () => {
    expect(ambiguousTown(gazetteer, doc('', '今年以来，三交镇聚焦项目建设，完成投资5亿元。'))?.name).toBe(
      '三交镇',
    );
  });

  it('gives a round-up of several towns no place of its own', () => {
    expect(
      ambiguousTown(gazetteer, doc('', '三交镇、新安镇、城关镇分别完成投资5亿元、3亿元和2亿元。')),
    ).toBeNull();
  });

  it('leaves a town name the gazetteer gives to one town alone (the gazetteer places it)', () => {
    expect(ambiguousTown(gazetteer, doc('嘉泽镇工作总结', '嘉泽镇完成投资5亿元。'))).toBeNull();
  });
});

describe('a document about a town of a shared name, read whole', () => {
  const text = [
    '三交镇2025年工作总结',
    '2025年，三交镇完成一般公共预算收入1200万元，同比增长5%。',
    '2026年，三交镇力争实现规上工业总产值8亿元。',
  ].join('\n');

  it('credits its figures to the unresolved town, which has no parent', () => {
    const { records } = extractDocument({ name: 'sanjiao.txt', bytes: Buffer.from(text) });
    const town = records.nodes.find((n) => n.label === 'Place' && n.name === '三交镇');
    expect(town?.properties.code ?? null).toBeNull();
    expect(town?.properties.candidates).toHaveLength(3);
    const from = (type: string) =>
      records.relationships.filter((r) => r.type === type && r.from === town?.id);
    expect(from('TARGETS').length).toBeGreaterThan(0);
    expect(from('REPORTS').length).toBeGreaterThan(0);
    expect(from('LOCATED_IN')).toEqual([]);
  });

  it('is placed by its district when the load names one', () => {
    const { records } = extractDocument({
      name: 'sanjiao.txt',
      bytes: Buffer.from(text),
      place: '三交镇',
      district: '临县',
    });
    const town = records.nodes.find((n) => n.label === 'Place' && n.name === '三交镇');
    expect(town?.properties.code).toBe('141124105');
    expect(records.nodes.some((n) => n.properties.candidates !== undefined)).toBe(false);
  });
});
