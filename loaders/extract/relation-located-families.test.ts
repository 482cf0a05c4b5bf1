import { extractDocument } from '..';

/**
 * Families of placement found in real reports from many provinces, each written here with
 * invented companies, projects and sentences around real places (德清县, 长兴县 and their
 * towns; 青县 and its 陈嘴乡).
 */
function extract(text: string): { relations: string[]; places: string[] } {
  const { records } = extractDocument({
    name: 'located-families.txt',
    bytes: new TextEncoder().encode(text),
  });
  const name = new Map(records.nodes.map((n) => [n.id, `${n.label}:${n.name}`]));
  return {
    relations: records.relationships
      .filter((r) => r.type === 'LOCATED_IN')
      .map((r) => `${name.get(r.from) ?? r.from} -> ${name.get(r.to) ?? r.to}`),
    places: records.nodes.filter((n) => n.label === 'Place').map((n) => n.name),
  };
}

function locatedOf(relations: readonly string[], fragment: string): string[] {
  return relations.filter((r) => r.split(' -> ')[0]?.includes(fragment)).map((r) => r.split(' -> ')[1] ?? '');
}

describe('where real reports place works and companies', () => {
  it('a tour that moves on (随后赶赴某县，先后观摩了…) places what it sees there, at every mention', () => {
    const { relations } = extract(
      [
        '湖州市重点项目观摩会第二天，与会人员在德清县观摩了青禾智能装备项目。',
        '随后，与会人员又赶赴长兴县，先后观摩了远帆精密轴承项目和星岚文旅小镇项目。',
        '远帆精密轴承项目总投资6亿元，达产后年产值10亿元。',
      ].join(''),
    );
    expect(locatedOf(relations, '远帆精密轴承项目')).toEqual(['Place:长兴县']);
    expect(locatedOf(relations, '星岚文旅小镇项目')).toEqual(['Place:长兴县']);
  });

  it('a town named inside a project’s name, before the part that lies there, places the project', () => {
    const { relations } = extract(
      '德清县今年集中开工项目6个，其中有德清青禾新能源科技有限公司秸秆综合利用钟管镇基地建设项目。',
    );
    expect(relations).toContain(
      'Project:德清青禾新能源科技有限公司秸秆综合利用钟管镇基地建设项目 -> Place:钟管镇',
    );
    expect(locatedOf(relations, '秸秆综合利用钟管镇基地建设项目')).not.toContain('Place:德清县');
  });

  it('a county’s report that visits one of its towns stays the county’s', () => {
    // 钟管 is written twice (the town, and a river named after it), 德清县 four times.
    const { relations } = extract(
      [
        '今年以来，德清县全力加快推进乡村振兴示范园项目建设。',
        '在钟管镇星岚有机蔬菜项目建设基地，工人们正忙着搭建蔬菜大棚。',
        '据了解，德清县乡村振兴示范园项目总投资约3亿元，主要包括星岚文化园建设工程、钟管港流域综合开发工程。',
        '德清县成立项目工作专班，深入一线主动服务。',
        '德清县乡村振兴示范园项目建成后，将带动周边农户增收。',
      ].join('\n'),
    );
    expect(locatedOf(relations, '乡村振兴示范园项目')).toEqual(['Place:德清县']);
    expect(locatedOf(relations, '星岚文化园建设工程')).toEqual(['Place:德清县']);
    expect(locatedOf(relations, '星岚有机蔬菜项目')).toEqual(['Place:钟管镇']);
  });

  it('a location written before the name (地处某镇的…) places it; a date may stand before 入驻', () => {
    const { relations } = extract(
      [
        '德清县新市镇召开项目推进会。',
        '地处钟管镇北部的青禾康养服务中心总建筑面积约3万平方米。',
        '星岚竹木产业园于今年10月签约入驻禹越镇，项目占地800亩。',
      ].join(''),
    );
    expect(locatedOf(relations, '青禾康养服务中心')).toContain('Place:钟管镇');
    expect(locatedOf(relations, '星岚竹木产业园')).toContain('Place:禹越镇');
  });

  it('a township named by its old title is the district’s subdistrict of that name', () => {
    const { places } = extract('德清县召开项目推进会。武康镇负责同志介绍了青禾产业园的建设进度。');
    expect(places).toContain('武康镇');
  });

  it('a villagers’ group (某某村民组) is no village, even where the city has a village of that name', () => {
    const { places } = extract('德清县新市镇今年新建稻虾基地1个，由种养大户租赁西川村民组土地建成。');
    expect(places).not.toContain('西川村');
  });

  it('a village of the document’s town written without 村 is found by its settlement name', () => {
    const { places, relations } = extract(
      '青县陈嘴乡大力发展设施农业，以蛮子营为中心建成大棚蔬菜基地，蛮子营温室基地日产蔬菜20吨。',
    );
    expect(places).toContain('蛮子营村');
    expect(relations).toContain('Place:蛮子营村 -> Place:陈嘴乡');
  });
});
