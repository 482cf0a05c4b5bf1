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
