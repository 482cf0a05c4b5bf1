import { extractDocument } from '..';

/** 遂溪县乌塘镇 and its 外坡村, 新屋村 are real; 外坡村 and 新屋村 also name villages of other towns of the county. */
function villages(text: string): string[] {
  const { records } = extractDocument({ name: 'wutang.txt', bytes: new TextEncoder().encode(text) });
  return records.nodes
    .filter((n) => n.label === 'Place' && n.properties.kind === 'VILLAGE')
    .map((n) => n.name);
}

describe('short village names counted with a measure word', () => {
  it('甲、乙两条村 lists the home town’s villages, as 甲、乙两个村 does', () => {
    const text = '遂溪县乌塘镇召开人居环境整治推进会。我镇外坡、新屋两条村的文明实践站已建成。';
    expect(villages(text)).toEqual(expect.arrayContaining(['外坡村', '新屋村']));
    expect(villages(text.replace('两条村', '两个村'))).toEqual(expect.arrayContaining(['外坡村', '新屋村']));
  });

  it('a measure word alone does not make a list of villages', () => {
    expect(villages('遂溪县乌塘镇召开会议。全镇修通道路两条村民出行更方便。')).toEqual([]);
  });
});
