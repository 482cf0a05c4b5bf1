import type { ExtractedFacts } from '../types';
import { extractIndicators } from './indicators';
import { seedDocument } from '../../tests/fixtures/place-sample-document';
import { contextOf, targetTestContext } from '../../tests/fixtures/target-test-context';

const NONE: ExtractedFacts = { entities: [], relations: [] };
const JIAZE = { place: '嘉泽镇', district: '武进区', city: '常州市' };

describe('extractIndicators', () => {
  it('seed 000: achieved figures reported by 嘉泽镇 and its villages', () => {
    const facts = extractIndicators(contextOf(seedDocument('000')), NONE);
    const byValue = (v: number) => facts.entities.find((e) => e.properties.value === v);
    expect(byValue(11)?.properties).toMatchObject({ metric: '累计申报高新技术企业', unit: '家', year: 2024 });
    expect(byValue(7930000)?.properties.unit).toBe('元');
    expect(byValue(30948)?.properties.unit).toBe('人');
    const fromOf = (v: number) => facts.relations.find((r) => r.toKey === byValue(v)?.key)?.fromKey;
    expect(fromOf(11)).toBe('Place:place:320412119');
    expect(fromOf(108)).toBe('Place:place:320412119207');
    expect(fromOf(102)).toBe('Place:place:320412119221');
    expect(facts.relations.every((r) => r.type === 'REPORTS')).toBe(true);
  });

  it('takes a bare 增长 as the change of the previous metric', () => {
    const ctx = targetTestContext('全镇规上企业实现总产值128.17亿元，同比增长35.39%。', JIAZE, '2021-10-01');
    const [level, change] = extractIndicators(ctx, NONE).entities;
    expect(level?.properties).toMatchObject({ value: 12817000000, unit: '元', year: 2021, change: 'LEVEL' });
    expect(change?.properties).toMatchObject({ value: 35.39, unit: '%', change: 'CHANGE' });
    expect(String(change?.properties.metric)).toMatch(/增长$/);
  });

  it('reads a count written before its noun', () => {
    const ctx = targetTestContext(
      '一体化平台接入48个系统平台，实现10个镇级局办、15个区级条线数据共享。',
      JIAZE,
    );
    const facts = extractIndicators(ctx, NONE).entities.map((e) => [e.properties.metric, e.properties.value]);
    expect(facts).toEqual([
      ['接入系统平台', 48],
      ['镇级局办', 10],
      ['区级条线数据共享', 15],
    ]);
  });

  it('gives an enterprise its own figures', () => {
    const text = '鹏辰新材料科技股份有限公司与中国工商银行签订130亿元的战略合作协议。';
    const ctx = targetTestContext(text, JIAZE);
    const enterprise = {
      key: 'Enterprise:鹏辰新材料科技股份有限公司',
      label: 'Enterprise' as const,
      name: '鹏辰新材料科技股份有限公司',
      aliases: [],
      properties: {},
      span: { sentenceIndex: 0, start: 0, end: 13 },
      rule: 'enterprise.suffix',
      confidence: 0.9,
    };
    const facts = extractIndicators(ctx, { entities: [enterprise], relations: [] });
    expect(facts.relations).toHaveLength(1);
    expect(facts.relations[0]?.fromKey).toBe(enterprise.key);
    expect(facts.entities[0]?.properties).toMatchObject({ value: 13000000000, unit: '元' });
  });

  it('counts an estimate in a review as achieved, and leaves goals alone', () => {
    const ctx = targetTestContext('预计全年9大重点集群产值增长14%以上。力争明年新增上市企业7家。', JIAZE);
    const facts = extractIndicators(ctx, NONE).entities;
    expect(facts.map((e) => e.properties.value)).toEqual([14]);
  });
});

describe('extractIndicators: subjects and joined counts', () => {
  it('skips counts of points in a speech', () => {
    const ctx = targetTestContext(
      '会议还部署了三项重点工作，“两湖”创新区已走过两个年头，新建三个中心。',
      JIAZE,
    );
    expect(extractIndicators(ctx, NONE).entities.map((e) => e.properties.value)).toEqual([3]);
  });

  it('keeps two counts joined by 和 apart', () => {
    const ctx = targetTestContext('在工业大道等6个镇级卡口和102个村级卡口严密布防。', JIAZE);
    expect(extractIndicators(ctx, NONE).entities.map((e) => e.properties.value)).toEqual([6, 102]);
  });

  it('gives the figures of an example village to it', () => {
    const ctx = targetTestContext('以跃进村为例，去年村集体收入达到96万元。', JIAZE, '2024-05-20');
    const facts = extractIndicators(ctx, NONE);
    expect(facts.relations[0]?.fromKey).toBe('Place:place:320412119218');
    expect(facts.entities[0]?.properties).toMatchObject({ value: 960000, year: 2023 });
  });

  it('does not take a village inside a project name as the subject', () => {
    const text = '闵市村存量安置房宅改项目完成投资1200万元。';
    const ctx = targetTestContext(text, JIAZE);
    const name = '闵市村存量安置房宅改项目';
    const known = {
      entities: [
        {
          key: `Project:${name}`,
          label: 'Project' as const,
          name,
          aliases: [],
          properties: {},
          span: { sentenceIndex: 0, start: 0, end: name.length },
          rule: 'project.suffix',
          confidence: 0.8,
        },
      ],
      relations: [],
    };
    expect(extractIndicators(ctx, known).relations[0]?.fromKey).toBe('Place:place:320412119');
  });
});
