import { extractDocument } from '..';

/**
 * Real divisions, invented sentences: 三星村 names a village of 嘉泽镇 (武进区) and one of
 * 朱林镇 (金坛区); 西望村 and 双桥村 are villages of 丁蜀镇 (宜兴市, 无锡市) that 常州市 lacks.
 */
function parents(text: string): Map<string, string[]> {
  const { records } = extractDocument({ name: 'jiaze-visit.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  const out = new Map<string, string[]>();
  for (const r of records.relationships) {
    if (r.type !== 'LOCATED_IN') continue;
    const from = name.get(r.from) ?? '';
    if (!/村$/.test(from)) continue;
    out.set(from, [...(out.get(from) ?? []), name.get(r.to) ?? '']);
  }
  return out;
}

describe('villages of a town the text names', () => {
  it('a town named before a village in the sentence wins over a namesake at home', () => {
    const links = parents('武进区嘉泽镇召开花木产业大会。嘉泽镇干部赴金坛区朱林镇三星村学习苗木合作经营。');
    expect(links.get('三星村')).toEqual(['朱林镇']);
  });

  it('the home town keeps its own village where no other town is named before it', () => {
    const links = parents('武进区嘉泽镇召开花木产业大会。三星村种植户交流苗木合作经营。');
    expect(links.get('三星村')).toEqual(['嘉泽镇']);
  });

  it('a village the scope cannot place goes to a town named in an earlier sentence', () => {
    const links = parents(
      ['武进区嘉泽镇组织种植户赴宜兴市丁蜀镇学习。', '大家先后参观了西望村的紫砂作坊和双桥村的茶园。'].join(
        '\n',
      ),
    );
    expect(links.get('西望村')).toEqual(['丁蜀镇']);
    expect(links.get('双桥村')).toEqual(['丁蜀镇']);
  });

  it('a village no named town holds stays unplaced', () => {
    const links = parents('武进区嘉泽镇组织种植户赴宜兴市丁蜀镇学习。大家还参观了跃进村。');
    // 跃进村 is 嘉泽镇's own village; the visit to 丁蜀镇 does not move it.
    expect(links.get('跃进村')).toEqual(['嘉泽镇']);
  });

  it('a town or village under a district the sentence names, though the district is in another province', () => {
    expect(allLinks('武进区嘉泽镇组织党员赴浙江学习。大家参观了德清县五四村和桐乡市乌镇镇。')).toEqual(
      expect.arrayContaining(['五四村>莫干山镇', '莫干山镇>德清县', '乌镇镇>桐乡市', '嘉泽镇>武进区']),
    );
    expect(allLinks('武进区嘉泽镇签约项目6个。另据报道，青州市云门山街道举办文化节。')).toEqual(
      expect.arrayContaining(['云门山街道>青州市', '青州市>潍坊市', '嘉泽镇>武进区']),
    );
  });

  it('a town under a district an earlier sentence named, in another province', () => {
    const links = allLinks('武进区嘉泽镇组织干部赴湖州市安吉县学习。在天荒坪镇，大家参观了民宿集群。');
    expect(links).toEqual(expect.arrayContaining(['天荒坪镇>安吉县', '安吉县>湖州市']));
    // Without a district named before it, a town of another province is a word like any other.
    expect(allLinks('武进区嘉泽镇组织干部外出学习。在天荒坪镇，大家参观了民宿集群。')).not.toEqual(
      expect.arrayContaining(['天荒坪镇>安吉县']),
    );
  });
});

function allLinks(text: string): string[] {
  const { records } = extractDocument({ name: 'jiaze-visit.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  return records.relationships
    .filter((r) => r.type === 'LOCATED_IN')
    .map((r) => `${name.get(r.from)}>${name.get(r.to)}`);
}
