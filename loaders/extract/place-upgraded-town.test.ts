import { extractDocument } from '..';

/** 武进区 and its 嘉泽镇 are real; 朱林镇 is a town of the neighbouring 金坛区. */
function places(text: string): { name: string; code: unknown; parent: string }[] {
  const { records } = extractDocument({ name: 'wujin.txt', bytes: new TextEncoder().encode(text) });
  const byId = new Map(records.nodes.map((n) => [n.id, n]));
  return records.nodes
    .filter((n) => n.label === 'Place')
    .map((n) => {
      const up = records.relationships.find((r) => r.type === 'LOCATED_IN' && r.from === n.id);
      return { name: n.name, code: n.properties.code, parent: (up && byId.get(up.to)?.name) ?? '' };
    });
}

describe('a township under its other title', () => {
  it('某乡 in the text is the district’s 某镇, named as the text writes it', () => {
    const found = places('武进区召开农业农村工作会议。嘉泽乡党委书记在会上交流花木产业发展经验。');
    expect(found).toEqual(expect.arrayContaining([{ name: '嘉泽乡', code: '320412119', parent: '武进区' }]));
  });

  it('only within the document’s district: a town of another district keeps no match', () => {
    const found = places('武进区召开农业农村工作会议。朱林乡党委书记在会上交流苗木产业发展经验。');
    expect(found.some((p) => p.name.startsWith('朱林'))).toBe(false);
  });
});
