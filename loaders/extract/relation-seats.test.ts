import { extractDocument } from '..';

/** Bodies named in a report on a town of 德清县 (real places; invented sentences). */
function located(text: string): string[] {
  const { records } = extractDocument({ name: 'seats.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, `${n.label}:${n.name}`]));
  return records.relationships
    .filter((r) => r.type === 'LOCATED_IN' && name.get(r.from)?.startsWith('Institution:'))
    .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
}

describe('where a public body sits', () => {
  const rels = located(
    '德清县新市镇召开推进会，德清县农业农村局、省发改委和国务院有关部门负责同志出席，新市镇完成投资2亿元。',
  );

  it('a body named after a division sits in that division, not in the report’s town', () => {
    expect(rels).toContain('Institution:德清县农业农村局 -> Place:德清县');
    expect(rels).not.toContain('Institution:德清县农业农村局 -> Place:新市镇');
  });

  it('a level word stands for the document’s own division of that level', () => {
    expect(rels).toContain('Institution:省发改委 -> Place:浙江省');
  });

  it('a national body sits in no place of the text', () => {
    const { records } = extractDocument({
      name: 'national.txt',
      bytes: new TextEncoder().encode('德清县新市镇积极对接科技部和国家防总，争取支持。'),
    });
    const bodies = records.nodes.filter((n) => n.label === 'Institution').map((n) => n.id);
    expect(bodies.length).toBe(2);
    expect(records.relationships.filter((r) => r.type === 'LOCATED_IN' && bodies.includes(r.from))).toEqual(
      [],
    );
  });

  it('a university or a 中国… institute named for no place of the text sits nowhere, not in the town', () => {
    const text = '德清县新市镇与青禾农业大学、中国茶叶研究院签约，德清县职业学院参与。';
    const { records } = extractDocument({ name: 'colleges.txt', bytes: new TextEncoder().encode(text) });
    expect(records.nodes.filter((n) => n.label === 'Institution').map((n) => n.name)).toEqual(
      expect.arrayContaining(['青禾农业大学', '中国茶叶研究院', '德清县职业学院']),
    );
    const rels = located(text);
    expect(rels.filter((r) => r.includes('青禾农业大学') || r.includes('中国茶叶研究院'))).toEqual([]);
    expect(rels).toContain('Institution:德清县职业学院 -> Place:德清县');
  });

  it('a zone written after a county keeps the county as its host when its name drops it', () => {
    const text = '德清县新市镇召开推进会，新市镇企业入驻德清县青禾智造科技园，新市镇完成投资2亿元。';
    const { records } = extractDocument({ name: 'zone-host.txt', bytes: new TextEncoder().encode(text) });
    const name = new Map(records.nodes.map((n) => [n.id, `${n.label}:${n.name}`]));
    const zoneHosts = records.relationships
      .filter((r) => r.type === 'LOCATED_IN' && name.get(r.from) === 'Zone:青禾智造科技园')
      .map((r) => name.get(r.to));
    expect(zoneHosts).toEqual(['Place:德清县']);
  });
});
