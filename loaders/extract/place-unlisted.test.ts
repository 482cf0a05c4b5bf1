import { extractDocument } from '..';

/** 武进区嘉泽镇 and its villages 跃进村, 满墩村 are real; 青禾岭 names no division. */
function parents(text: string): Map<string, string> {
  const { records } = extractDocument({ name: 'jiaze-list.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  const out = new Map<string, string>();
  for (const r of records.relationships) {
    const from = name.get(r.from) ?? '';
    if (r.type === 'LOCATED_IN' && /村$/.test(from)) out.set(from, name.get(r.to) ?? '');
  }
  return out;
}

describe('unlisted villages in a list of short forms', () => {
  it('an item between two of a town’s villages is a village of that town', () => {
    const links = parents('武进区嘉泽镇召开大会。会上，跃进、青禾岭、满墩3个村签订联建协议。');
    expect(links.get('跃进村')).toBe('嘉泽镇');
    expect(links.get('满墩村')).toBe('嘉泽镇');
    expect(links.get('青禾岭村')).toBe('嘉泽镇');
  });

  it('words that count or gather villages are not taken for one', () => {
    const links = parents('武进区嘉泽镇召开大会。会上，跃进、满墩、周边等5个村签订联建协议。');
    expect(links.get('跃进村')).toBe('嘉泽镇');
    expect([...links.keys()].some((n) => n.startsWith('周边'))).toBe(false);
  });

  it('one listed village alone vouches for no neighbour', () => {
    const links = parents('武进区嘉泽镇召开大会。会上，跃进、青禾岭两村签订联建协议。');
    expect(links.has('青禾岭村')).toBe(false);
  });
});
