import type { DocumentContext, ExtractedFacts } from '../types';
import { knownEntities, newsTestContext } from '../../tests/fixtures/target-test-context';
import { testContext } from '../../tests/fixtures/name-test-context';
import { extractIndicators } from './indicators';
import { findQuantities } from './numbers';
import { extractProgrammes } from './programmes';
import { extractTargets } from './targets';

/** Sentences written for these tests; the towns are real, projects and figures invented. */
const WUJIN = { place: '湖塘镇', district: '武进区', city: '常州市' };

const news = (text: string, publishedAt = '2024-03-10'): DocumentContext =>
  newsTestContext(text, WUJIN, publishedAt);

/** value+unit → owner key ('place' for a place). */
function figures(facts: ExtractedFacts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of facts.entities) {
    const link = facts.relations.find((r) => r.toKey === e.key);
    out[`${e.properties.value}${e.properties.unit}`] = link?.fromKey.startsWith('Place:')
      ? 'place'
      : (link?.fromKey ?? '?');
  }
  return out;
}

const none = { entities: [], relations: [] };

describe('units of weight and of rates per mille', () => {
  it('reads 公斤 and ‰ as units', () => {
    const units = findQuantities('示范田亩产达到650公斤，出生率控制在9.5‰以内。').map((q) => q.unit);
    expect(units).toEqual(['公斤', '‰']);
  });
});

describe('a sum without 元 before the money noun it measures', () => {
  it('reads 超6000万税收 as money', () => {
    const [q] = findQuantities('项目建成后，五年内可实现超6000万税收、就业岗位800个。');
    expect(q).toMatchObject({ value: 60000000, unit: '元' });
  });

  it('leaves a class named by a threshold alone (税收1000万楼宇)', () => {
    expect(findQuantities('培育税收1000万楼宇3幢。').map((q) => q.unit)).toEqual(['幢']);
  });
});

describe('a deed set within the year', () => {
  it('makes 年内 before a verb of making a goal outside a review', () => {
    const ctx = news('下一步，湖塘镇将举办花木展销会，年内培育苗木繁育基地4处。');
    expect(figures(extractTargets(ctx, none))).toEqual({ '4处': 'place' });
    expect(extractIndicators(ctx, none).entities).toEqual([]);
  });

  it('leaves a span of years (3年内) and a dated clause to the other rules', () => {
    const ctx = news('去年年底前新建村道12条。');
    expect(extractTargets(ctx, none).entities).toEqual([]);
  });
});

describe('who a goal belongs to', () => {
  it('gives a project’s output to the project, not to the base it is made into', () => {
    const project = '青禾健康食品项目';
    const base = '华东健康食品产业基地';
    const ctx = news(`投资20亿元的${project}，建成后致力于打造全国一流的${base}，预计年产值可达40亿元。`);
    const known = knownEntities(ctx, 'Project', [project, base], 'project.suffix');
    expect(figures(extractTargets(ctx, known))['4000000000元']).toBe(`Project:${project}`);
  });

  it('gives what a batch will bring to the place when 项目 follows talk of the batch', () => {
    const project = '青禾健康食品项目';
    const ctx = news(
      `本次开工项目共8个，其中投资20亿元的${project}规模最大。这些项目科技含量高。项目建成后，年产值可达60亿元以上。`,
    );
    const known = knownEntities(ctx, 'Project', [project], 'project.suffix');
    expect(figures(extractTargets(ctx, known))['6000000000元']).toBe('place');
  });

  it('gives what a batch will bring to the place when 项目 follows a count of the projects listed', () => {
    const a = '青禾纺织扩产项目';
    const b = '东湖制带新厂项目';
    const ctx = news(
      `今天开工的有投资3亿元的${a}、投资2亿元的${b}等6个项目。其中亿元以上项目2个。项目投产后，可实现年产值18亿元，税收1.2亿元。`,
    );
    const known = knownEntities(ctx, 'Project', [a, b], 'project.suffix');
    const owners = figures(extractTargets(ctx, known));
    expect(owners['1800000000元']).toBe('place');
    expect(owners['120000000元']).toBe('place');
  });

  it('keeps a bare 项目 on the one project named after the count', () => {
    const project = '青禾纺织扩产项目';
    const ctx = news(
      `本次签约项目5个，总投资12亿元。其中${project}总投资4亿元。项目建成后，年产值可达9亿元。`,
    );
    const known = knownEntities(ctx, 'Project', [project], 'project.suffix');
    expect(figures(extractTargets(ctx, known))['900000000元']).toBe(`Project:${project}`);
  });
});

describe('a time before 计划 is no programme', () => {
  it('年内计划开展… names no plan', () => {
    const ctx = testContext('年内计划开展招商活动10次。', [{ name: '柳溪镇', kind: 'TOWN', short: '柳溪' }]);
    expect(extractProgrammes(ctx).entities.map((e) => e.name)).toEqual([]);
  });
});

describe('capacities inside the names of a list of projects', () => {
  it('reads no figure from 年产 or 年加工 in a list closed by 等项目', () => {
    const ctx = news('全力抓好青禾纺织年加工600万米坯布、东湖制带年产2亿米织带等项目，加快形成产业集群。');
    expect(extractIndicators(ctx, none).entities).toEqual([]);
    expect(extractTargets(ctx, none).entities).toEqual([]);
  });

  it('keeps the capacity of a project that no list closes', () => {
    const ctx = news('青禾纺织扩产项目建成后，年产坯布600万米。');
    expect(Object.keys(figures(extractTargets(ctx, none)))).toEqual(['6000000米']);
  });
});

describe('thresholds joined by 、', () => {
  it('reads every threshold of 投资10亿元以上、5亿元以上的项目 as a class bound, not a sum', () => {
    const ctx = news('本次开工项目中，投资10亿元以上、5亿元以上的项目分别有2个和3个。');
    const all = [...extractTargets(ctx, none).entities, ...extractIndicators(ctx, none).entities];
    expect(all.map((e) => `${e.properties.value}${e.properties.unit}`).sort()).toEqual(['2个', '3个']);
  });
});

describe('a city holding its event in the county of the text', () => {
  it('gives the sentences that name no owner to the city, not to the venue county', () => {
    const ctx = newsTestContext(
      '4月8日上午，常州市在武进区某工业园举行重大项目集中开工仪式。本次集中开工项目共12个，总投资56亿元。',
      { district: '武进区', city: '常州市' },
      '2024-04-09',
    );
    const owners = figures(extractIndicators(ctx, none));
    expect(Object.keys(owners).sort()).toEqual(['12个', '5600000000元']);
    const keys = new Set(extractIndicators(ctx, none).relations.map((r) => r.fromKey));
    expect([...keys]).toEqual([ctx.places.city?.key]);
  });
});
