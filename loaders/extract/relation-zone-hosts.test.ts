import { extractDocument } from '..';

/**
 * Where a zone lies by the shape of its name, read end to end with the gazetteer (the places
 * are real; every park and sentence here is invented).
 */
function locatedIn(text: string): string[] {
  const { records } = extractDocument({ name: 'zone-hosts.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  return records.relationships
    .filter((r) => r.type === 'LOCATED_IN' && r.from.startsWith('zone:'))
    .map((r) => `${name.get(r.from) ?? r.from} -> ${name.get(r.to) ?? r.to}`);
}

describe('zones placed by the shape of their names', () => {
  it('a park one city builds in another lies in the city named in brackets', () => {
    const rels = locatedIn('广东省潮州市召开推介会。东莞(潮州)产业转移工业园新增企业12家。');
    expect(rels).toContain('东莞(潮州)产业转移工业园 -> 潮州市');
    expect(rels).not.toContain('东莞(潮州)产业转移工业园 -> 东莞市');
  });

  it('a part of a zone named after a division at its end lies in that division', () => {
    const rels = locatedIn('重庆市北碚区召开会议。重庆高新区北碚片区新开工项目8个。');
    expect(rels).toContain('重庆高新区北碚片区 -> 北碚区');
  });

  it('a zone written after the full name of a county lies in that county, whatever the report is about', () => {
    const rels = locatedIn(
      '长沙市浏阳市召开特色小镇推进会。会上通报，今年益阳市沅江市船模制造小镇入选，长沙市浏阳市社港花炮小镇也入选。',
    );
    expect(rels).toContain('船模制造小镇 -> 沅江市');
    expect(rels).not.toContain('船模制造小镇 -> 益阳市');
    expect(rels).not.toContain('船模制造小镇 -> 浏阳市');
  });
});
