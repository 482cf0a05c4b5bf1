import { extractDocument } from '..';

function names(text: string, label: string): string[] {
  const { records } = extractDocument({ name: 'brand.txt', bytes: new TextEncoder().encode(text) });
  return records.nodes.filter((n) => n.label === label).map((n) => n.name);
}

describe('withCompanyBrands', () => {
  it('a brand read as an adverb is taken back into the works named after the company', () => {
    const text = '柳溪县与永久食品有限公司签约，永久食品柳溪生产基地建设项目总投资8亿元。';
    expect(names(text, 'Enterprise')).toContain('永久食品有限公司');
    expect(names(text, 'Project')).toContain('永久食品柳溪生产基地建设项目');
  });
});
