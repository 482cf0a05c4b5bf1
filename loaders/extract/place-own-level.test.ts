import { extractDocument } from '..';

/**
 * 东莞市 and 中山市 have no counties: the official list repeats each at the district level
 * under its own name. Their towns (中堂镇, 石岐街道) are real; the sentences are invented.
 */
function links(text: string): { places: string[]; links: string[] } {
  const { records } = extractDocument({ name: 'dongguan.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  return {
    places: records.nodes
      .filter((n) => n.label === 'Place')
      .map((n) => `${n.name} ${String(n.properties.kind)}`),
    links: records.relationships
      .filter((r) => r.type === 'LOCATED_IN')
      .map((r) => `${name.get(r.from)}>${name.get(r.to)}`),
  };
}

describe('a prefecture-level city without counties', () => {
  it('is one place, the city, whether named or implied by its town', () => {
    const found = links('东莞市中堂镇举行产业招商推介会。东莞市相关部门负责人出席，中堂镇党委书记致辞。');
    expect(found.places.filter((p) => p.startsWith('东莞市'))).toEqual(['东莞市 CITY']);
    expect(found.links).toEqual(expect.arrayContaining(['中堂镇>东莞市', '东莞市>广东省']));
    expect(found.links).not.toContain('东莞市>东莞市');
  });

  it('holds for a 街道 named alone', () => {
    const found = links('中山市石岐街道举行邻里节。石岐街道党工委书记致辞。');
    expect(found.links).toEqual(expect.arrayContaining(['石岐街道>中山市', '中山市>广东省']));
    expect(found.places.filter((p) => p.startsWith('中山市'))).toEqual(['中山市 CITY']);
  });
});
