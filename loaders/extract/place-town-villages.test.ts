import { extractDocument } from '..';

/**
 * 宁乡市回龙铺镇 is real; 青禾湾村 and 柳溪湾村 are villages no division bears, and the
 * gazetteer lists a 太平村 in another town of 长沙市.
 */
function located(text: string): string[] {
  const { records } = extractDocument({ name: 'huilongpu.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  return records.relationships
    .filter((r) => r.type === 'LOCATED_IN' && /[村区]$/.test(name.get(r.from) ?? ''))
    .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
}

describe('villages listed under the document’s own town', () => {
  it('a village right after the town, and the villages listed with it, are the town’s', () => {
    const links = located(
      [
        '宁乡市回龙铺镇青禾湾村新建冷库投入使用。',
        '回龙铺镇党委书记表示，青禾湾村、柳溪湾村、太平村三村联建冷链中心。',
      ].join('\n'),
    );
    expect(links).toEqual(
      expect.arrayContaining(['青禾湾村 -> 回龙铺镇', '柳溪湾村 -> 回龙铺镇', '太平村 -> 回龙铺镇']),
    );
    // The same-named village of another town is not the one meant.
    expect(links.filter((l) => l.startsWith('太平村'))).toEqual(['太平村 -> 回龙铺镇']);
  });

  it('any town the text names, not only the document’s own; a one-character stem is skipped, not trusted', () => {
    const links = located('宁乡市回龙铺镇召开大会。宁乡市黄材镇蔡村、青禾湾村、柳溪湾村发展茶叶。');
    expect(links).toEqual(expect.arrayContaining(['青禾湾村 -> 黄材镇', '柳溪湾村 -> 黄材镇']));
    expect(links.some((l) => l.startsWith('蔡村'))).toBe(false);
  });

  it('after a verb of governing; classifying words and 乡村 are no villages', () => {
    const links = located('宁乡市回龙铺镇下辖青禾湾村、柳溪湾村等村。回龙铺镇的乡村振兴示范村建设提速。');
    expect(links).toEqual(expect.arrayContaining(['青禾湾村 -> 回龙铺镇', '柳溪湾村 -> 回龙铺镇']));
    expect(links.some((l) => /的乡村|示范村/.test(l))).toBe(false);
  });

  it('an event verb after the town opens no village: 某镇举行新设社区揭牌仪式', () => {
    const { records } = extractDocument({
      name: 'huilongpu.txt',
      bytes: new TextEncoder().encode(
        '宁乡市回龙铺镇举行新设社区揭牌仪式。回龙铺镇新建社区服务中心投入使用。',
      ),
    });
    const names = records.nodes.filter((n) => n.label === 'Place').map((n) => n.name);
    expect(names).toContain('回龙铺镇');
    expect(names.filter((n) => /社区$/.test(n))).toEqual([]);
  });
});
