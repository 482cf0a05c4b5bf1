import { extractDocument } from '..';

/**
 * Places stated by the clause that lists works and by a project's anaphor (德清县 and its towns
 * are real places; every project and sentence here is invented).
 */
function relations(text: string): string[] {
  const { records } = extractDocument({ name: 'located-subject.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, `${n.label}:${n.name}`]));
  return records.relationships
    .filter((r) => r.type === 'LOCATED_IN')
    .map((r) => `${r.type} ${name.get(r.from) ?? r.from} -> ${name.get(r.to) ?? r.to}`);
}

describe('works listed in a town’s clause of a county’s sentence', () => {
  it('lie in the town that opens the nearest clause, not in the county that opens the sentence', () => {
    const rels = relations(
      '德清县召开项目推进会。会上获悉，德清县按项目所在镇划分任务，其中，钟管镇负责实施重点项目5个，青禾冷链物流园、远帆精密铸件生产线2个项目已开工；雷甸镇负责实施湖州青禾汽配城、雷甸小微产业园2个项目。',
    );
    expect(rels).toContain('LOCATED_IN Project:远帆精密铸件生产线 -> Place:钟管镇');
    expect(rels).toContain('LOCATED_IN Project:湖州青禾汽配城 -> Place:雷甸镇');
    expect(rels).not.toContain('LOCATED_IN Project:远帆精密铸件生产线 -> Place:德清县');
    expect(rels).not.toContain('LOCATED_IN Project:湖州青禾汽配城 -> Place:德清县');
  });
});

describe('a project placed by 该项目位于', () => {
  it('lies in the place stated after the anaphor, not in the county its name begins with', () => {
    const rels = relations(
      '德清县今年启动多个重点项目。德清青禾国际创业小镇项目一期征地已完成。该项目位于新市镇，规划用地300亩。',
    );
    expect(rels).toContain('LOCATED_IN Project:德清青禾国际创业小镇项目 -> Place:新市镇');
    expect(rels).not.toContain('LOCATED_IN Project:德清青禾国际创业小镇项目 -> Place:德清县');
  });
});

describe('a zone written right before the town that hosts a work', () => {
  it('hosts the work too, and lies in the county it is named after', () => {
    const rels = relations(
      '德清县新市镇召开推进会。位于德清经济开发区钟管镇的青禾智造产业园项目进入装修阶段。',
    );
    expect(rels).toContain('LOCATED_IN Project:青禾智造产业园项目 -> Place:钟管镇');
    expect(rels).toContain('LOCATED_IN Project:青禾智造产业园项目 -> Zone:德清经济开发区');
    expect(rels).toContain('LOCATED_IN Zone:德清经济开发区 -> Place:德清县');
  });
});
