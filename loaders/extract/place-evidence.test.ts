import { getGazetteer } from '../gazetteer';
import { bareDocument } from './bare-document';
import { townByEvidence } from './place-evidence';

const doc = bareDocument;

describe('townByEvidence', () => {
  const gazetteer = getGazetteer();

  it('picks, among towns of one name, the one whose district the text names', () => {
    // 三交镇 is a town of three counties of Shanxi; 临县 says which.
    const town = townByEvidence(gazetteer, doc('工作简报', '临县三交镇召开项目推进会，全镇上下抓招商。'));
    expect(town?.code).toBe('141124105');
  });

  it('finds nothing when no other division says which town of that name is meant', () => {
    expect(townByEvidence(gazetteer, doc('工作简报', '三交镇召开项目推进会。'))).toBeNull();
  });

  it('does not read a town inside a slogan (工业兴镇)', () => {
    expect(townByEvidence(gazetteer, doc('访谈', '坚持工业兴镇、商贸活镇。'))).toBeNull();
  });
});

describe('townByEvidence, by the short forms and neighbours of a town', () => {
  const gazetteer = getGazetteer();

  it('reads a province by its short form', () => {
    // 湖镇镇 is a town of 浙江 (龙游县) and of 广东 (博罗县).
    const town = townByEvidence(
      gazetteer,
      doc('湖镇镇工作报告', '湖镇镇深入学习考察浙江重要讲话精神，全年完成投资3亿元。'),
    );
    expect(town?.code.slice(0, 2)).toBe('33');
  });

  it('reads a sibling town of the district by its short form', () => {
    // 三都镇 names six towns; 新安江 (新安江街道) is a neighbour of the one in 建德市.
    const town = townByEvidence(gazetteer, doc('访谈', '新安江畔的三都镇今年有十项重点项目。'));
    expect(town?.code).toBe('330182108');
  });

  it('does not count the town’s own short form as a village of another town of that name', () => {
    // 湖镇村 and 湖镇社区 lie in the 湖镇镇 of 博罗县: 湖镇 here is only the town itself.
    expect(
      townByEvidence(gazetteer, doc('湖镇镇工作报告', '湖镇镇全年完成投资3亿元，湖镇发展势头良好。')),
    ).toBeNull();
  });
});
