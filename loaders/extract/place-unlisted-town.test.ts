import { extractDocument } from '..';
import { getGazetteer } from '../gazetteer';
import { bareDocument } from './bare-document';
import { unlistedTownName } from './place-unlisted-town';

/** 德清县 is real; 青禾湾镇 is a town no division of the country bears. */
const title = '政府工作报告（在青禾湾镇第五届人民代表大会第三次会议上）';
const text = [
  title,
  '过去一年，在德清县委、县政府的领导下，青禾湾镇全面实施乡村振兴战略。',
  '今年青禾湾镇完成固定资产投资3亿元。',
].join('\n');

describe('unlistedTownName', () => {
  const gazetteer = getGazetteer();

  it('reads the titled town the text keeps naming, without the word before it', () => {
    expect(unlistedTownName(gazetteer, bareDocument(title, text))).toBe('青禾湾镇');
  });

  it('leaves a town the gazetteer lists to the gazetteer', () => {
    const listed = '在新市镇人民代表大会上';
    expect(
      unlistedTownName(gazetteer, bareDocument(listed, `${listed}\n新市镇、新市镇发展良好。`)),
    ).toBeNull();
  });

  it('needs the name used again in the text, after different words', () => {
    expect(unlistedTownName(gazetteer, bareDocument(title, '全年完成投资3亿元。'))).toBeNull();
  });
});

describe('a district document about a town the gazetteer does not list', () => {
  const { records } = extractDocument({ name: 'qinghewan.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, `${n.label}:${n.name}`]));
  const rels = records.relationships.map((r) => `${r.type} ${name.get(r.from)} -> ${name.get(r.to)}`);

  it('makes the town a place under the district, without a code', () => {
    const town = records.nodes.find((n) => n.label === 'Place' && n.name === '青禾湾镇');
    expect(town?.properties.kind).toBe('TOWN');
    expect(town?.properties.code ?? null).toBeNull();
    expect(rels).toContain('LOCATED_IN Place:青禾湾镇 -> Place:德清县');
  });

  it('lets the town, not the district, take part in its programmes', () => {
    expect(rels).toContain('PARTICIPATES_IN Place:青禾湾镇 -> Programme:乡村振兴');
    expect(rels).not.toContain('PARTICIPATES_IN Place:德清县 -> Programme:乡村振兴');
  });
});
