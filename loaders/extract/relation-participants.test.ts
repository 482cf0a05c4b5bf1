import { extractDocument } from '..';

/** Programmes and who takes part, in a report on towns of 德清县 (real places; invented sentences). */
function participants(text: string): string[] {
  const { records } = extractDocument({ name: 'participants.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  return records.relationships
    .filter((r) => r.type === 'PARTICIPATES_IN')
    .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
}

describe('who takes part in a programme', () => {
  it('a place named as an attribute (视察某省重要讲话) is not the actor', () => {
    const rels = participants(
      '德清县新市镇深入贯彻视察浙江重要讲话精神、全面实施“十四五”规划，完成投资2亿元。',
    );
    expect(rels).toContain('新市镇 -> 十四五');
    expect(rels).not.toContain('浙江省 -> 十四五');
  });

  it('a town acting on its county’s programme takes part, not the county named right before it', () => {
    const rels = participants('新市镇围绕德清县“三园联动”发展战略，完成投资2亿元，德清县钟管镇也在推进。');
    expect(rels).toContain('新市镇 -> 三园联动发展战略');
    expect(rels).not.toContain('德清县 -> 三园联动发展战略');
  });

  it('全县 before a programme is the document’s county', () => {
    const rels = participants('德清县新市镇今年完成投资2亿元。全县上下深入实施“强县富民”战略。');
    expect(rels).toContain('德清县 -> 强县富民战略');
  });

  it('全县 written right before a campaign is its scope: the town joining it takes part', () => {
    const rels = participants('德清县召开大会。今年钟管镇参与的全县稻米提质增效行动，示范面积1万亩。');
    expect(rels).toContain('钟管镇 -> 稻米提质增效行动');
    expect(rels).not.toContain('德清县 -> 稻米提质增效行动');
  });

  it('a town joining its county’s work (将紧扣全县…) takes part in the county’s programme, beside the county', () => {
    const rels = participants(
      '德清县召开大会。新的一年，钟管镇将紧扣全县加快实施“强县富民”战略，完成投资2亿元。',
    );
    expect(rels).toContain('钟管镇 -> 强县富民战略');
    expect(rels).toContain('德清县 -> 强县富民战略');
  });

  it('我县 before a programme is the document’s county, nearer than a town named earlier', () => {
    const rels = participants(
      '德清县新市镇今年完成投资2亿元。调研组来到新市镇，肯定了我县推行“强县富民”战略的做法。',
    );
    expect(rels).toContain('德清县 -> 强县富民战略');
    expect(rels).not.toContain('新市镇 -> 强县富民战略');
  });

  it('the town opening the sentence takes part in a programme named in a later clause', () => {
    const rels = participants('德清县召开大会。2025年，钟管镇将继续发力，坚持“产城融合”一条主线。');
    expect(rels).toContain('钟管镇 -> 产城融合');
  });

  it('a county framing one of its towns (作为德清县唯一…) does not take the town’s part', () => {
    const rels = participants('新市镇作为德清县首个全面实施“强镇富民”战略的镇，完成投资2亿元。');
    expect(rels).toContain('新市镇 -> 强镇富民战略');
    expect(rels).not.toContain('德清县 -> 强镇富民战略');
  });
});

describe('five-year plans', () => {
  it('a plan named to date a period has no participant; a plan carried out has one', () => {
    const period = participants('德清县新市镇“十四五”时期经济稳步增长，完成投资2亿元。');
    expect(period.filter((r) => r.endsWith('十四五'))).toEqual([]);
    const carried = participants('德清县新市镇全面实施“十四五”规划，完成投资2亿元。');
    expect(carried).toContain('新市镇 -> 十四五');
  });

  it('a county whose committee and government carry a programme out takes part; one that only leads does not', () => {
    const rels = participants(
      '德清县新市镇羊毛衫项目开工。该项目是德清县县委、县政府大力实施“工业强县”战略的成果。',
    );
    expect(rels).toContain('德清县 -> 工业强县战略');
    const led = participants('德清县新市镇在县委、县政府的领导下，全力推进“强镇富民”行动。');
    expect(led).toContain('新市镇 -> 强镇富民行动');
  });

  it('a programme that is the topic of a speech has no participant', () => {
    const rels = participants(
      '德清县新市镇深入学习贯彻总书记对长三角一体化发展重要讲话精神，完成投资2亿元。',
    );
    expect(rels.filter((r) => r.endsWith('长三角一体化发展'))).toEqual([]);
  });
});
