import type { GraphRecords } from '../../schema/records';
import { DocumentBuilder, entity, place } from './fixture-builder';

/**
 * Three small documents of the genre, built by hand:
 * - reportJiaze: 嘉泽镇's work report (places 新南村 → 嘉泽镇 → 武进区 → 常州市 → 江苏省, a flower
 *   park, a project operated by an enterprise, the 两湖创新区 programme, a target, an indicator);
 * - newsHutang: a feature on 湖塘镇 (a completed project, the same programme, a target, a person);
 * - reportWujin: the district's report mentioning both towns (嘉泽镇 twice) and a district strategy.
 * reportJiazeRevised is a later version of reportJiaze from the same source.
 */
export const PLACES = {
  jiangsu: place({ code: '320000', name: '江苏省', kind: 'PROVINCE', aliases: ['江苏'] }),
  changzhou: place({ code: '320400', name: '常州市', kind: 'CITY', aliases: ['常州'] }),
  wujin: place({ code: '320412', name: '武进区', kind: 'DISTRICT', aliases: ['武进'] }),
  jiaze: place({ code: '320412119', name: '嘉泽镇', kind: 'TOWN', aliases: ['嘉泽', '花木之乡'] }),
  hutang: place({ code: '320412100', name: '湖塘镇', kind: 'TOWN', aliases: ['湖塘'] }),
  xinnan: place({ code: '320412119201', name: '新南村', kind: 'VILLAGE' }),
};

export const ENTITIES = {
  lianghu: entity({
    label: 'Programme',
    name: '两湖创新区',
    aliases: ['两湖'],
    properties: { level: 'CITY' },
  }),
  strategy532: entity({
    label: 'Programme',
    name: '“532”发展战略',
    aliases: ['532发展战略'],
    properties: { level: 'DISTRICT' },
  }),
  flowerPark: entity({ label: 'Zone', name: '花木产业园', aliases: ['花木'] }),
  flowerIndustry: entity({ label: 'Industry', name: '花木' }),
  ecommerceProject: entity({
    label: 'Project',
    name: '花木电商中心项目',
    properties: { status: 'UNDER_CONSTRUCTION', investment: 120000000 },
  }),
  lvyuan: entity({
    label: 'Enterprise',
    name: '常州绿源花木有限公司',
    aliases: ['绿源花木', 'Lvyuan Flowers'],
  }),
  jiazeTarget: entity({
    label: 'Target',
    name: '地区生产总值达到50亿元',
    properties: { metric: '地区生产总值', value: 5000000000, unit: '元', year: 2025, qualifier: '力争' },
    key: ['嘉泽镇', '2025'],
  }),
  jiazeIndicator: entity({
    label: 'Indicator',
    name: '一般公共预算收入3亿元',
    properties: { metric: '一般公共预算收入', value: 300000000, unit: '元', year: 2023 },
    key: ['嘉泽镇', '2023'],
  }),
  techCentre: entity({
    label: 'Project',
    name: '湖塘科创中心',
    properties: { status: 'COMPLETED', investment: 80000000 },
  }),
  textile: entity({ label: 'Enterprise', name: '常州湖塘纺织有限公司', aliases: ['湖塘纺织'] }),
  hutangArea: entity({ label: 'Zone', name: '湖塘片区', aliases: ['湖塘'] }),
  hutangSchool: entity({ label: 'Institution', name: '湖塘中学' }),
  hutangTarget: entity({
    label: 'Target',
    name: '规上工业产值增长8%',
    properties: { metric: '规上工业产值', value: 8, unit: '%', year: 2026, qualifier: '确保' },
    key: ['湖塘镇', '2026'],
  }),
  mayor: entity({ label: 'Person', name: '张明', properties: { role: '镇长' }, key: ['湖塘镇'] }),
  wujinTarget: entity({
    label: 'Target',
    name: '地区生产总值增长6%',
    properties: { metric: '地区生产总值', value: 6, unit: '%', year: 2025, qualifier: '左右' },
    key: ['武进区', '2025'],
  }),
};

function jiazeBuilder(text: string): DocumentBuilder {
  const doc = new DocumentBuilder({
    text,
    title: '嘉泽镇2024年政府工作报告',
    source: 'reports/jiaze-2024.txt',
    publishedAt: '2024-02-01',
  });
  const { jiangsu, changzhou, wujin, jiaze, xinnan } = PLACES;
  const e = ENTITIES;
  for (const node of [jiangsu, changzhou, wujin, jiaze, xinnan]) doc.add(node);
  doc.relate({ type: 'LOCATED_IN', from: changzhou.id, to: jiangsu.id });
  doc.relate({ type: 'LOCATED_IN', from: wujin.id, to: changzhou.id });
  doc.relate({ type: 'LOCATED_IN', from: jiaze.id, to: wujin.id });
  doc.relate({ type: 'LOCATED_IN', from: xinnan.id, to: jiaze.id });
  for (const node of [e.flowerPark, e.flowerIndustry, e.ecommerceProject, e.lvyuan, e.lianghu]) doc.add(node);
  doc.relate({ type: 'LOCATED_IN', from: e.flowerPark.id, to: jiaze.id });
  doc.relate({ type: 'FOCUSES_ON', from: jiaze.id, to: e.flowerIndustry.id });
  doc.relate({ type: 'LOCATED_IN', from: e.ecommerceProject.id, to: jiaze.id });
  doc.relate({ type: 'OPERATED_BY', from: e.ecommerceProject.id, to: e.lvyuan.id });
  doc.relate({ type: 'LOCATED_IN', from: e.lvyuan.id, to: e.flowerPark.id });
  doc.relate({ type: 'PARTICIPATES_IN', from: jiaze.id, to: e.lianghu.id });
  return doc;
}

export function reportJiaze(): GraphRecords {
  const doc = jiazeBuilder('嘉泽镇2024年政府工作报告 正文');
  const { jiaze } = PLACES;
  doc.add(ENTITIES.jiazeTarget);
  doc.relate({ type: 'TARGETS', from: jiaze.id, to: ENTITIES.jiazeTarget.id });
  doc.add(ENTITIES.jiazeIndicator);
  doc.relate({ type: 'REPORTS', from: jiaze.id, to: ENTITIES.jiazeIndicator.id });
  return doc.records();
}

/** The same source, new text: the indicator is gone and the project is finished. */
export function reportJiazeRevised(): GraphRecords {
  const doc = jiazeBuilder('嘉泽镇2024年政府工作报告 正文（修订）');
  doc.add(ENTITIES.jiazeTarget);
  doc.relate({ type: 'TARGETS', from: PLACES.jiaze.id, to: ENTITIES.jiazeTarget.id });
  const records = doc.records();
  const project = records.nodes.find((node) => node.id === ENTITIES.ecommerceProject.id);
  if (project) project.properties = { ...project.properties, status: 'COMPLETED' };
  return records;
}

export function newsHutang(): GraphRecords {
  const doc = new DocumentBuilder({
    text: '湖塘镇 科创中心 新闻',
    title: '湖塘科创中心建成投用',
    source: 'news/hutang-2024-05.html',
    publishedAt: '2024-05-20',
  });
  const { wujin, hutang } = PLACES;
  const e = ENTITIES;
  for (const node of [wujin, hutang, e.lianghu, e.techCentre, e.textile, e.hutangArea]) doc.add(node);
  for (const node of [e.hutangSchool, e.hutangTarget, e.mayor]) doc.add(node);
  doc.relate({ type: 'LOCATED_IN', from: hutang.id, to: wujin.id });
  doc.relate({ type: 'LOCATED_IN', from: e.hutangArea.id, to: hutang.id });
  doc.relate({ type: 'LOCATED_IN', from: e.techCentre.id, to: hutang.id });
  doc.relate({ type: 'OPERATED_BY', from: e.techCentre.id, to: e.textile.id });
  doc.relate({ type: 'LOCATED_IN', from: e.hutangSchool.id, to: hutang.id });
  doc.relate({ type: 'PARTICIPATES_IN', from: hutang.id, to: e.lianghu.id });
  doc.relate({ type: 'TARGETS', from: hutang.id, to: e.hutangTarget.id });
  doc.relate({ type: 'SERVES_IN', from: e.mayor.id, to: hutang.id, extra: { role: '镇长' } });
  doc.relate({ type: 'PARTNERS_WITH', from: e.textile.id, to: e.hutangSchool.id });
  return doc.records();
}

export function reportWujin(): GraphRecords {
  const doc = new DocumentBuilder({
    text: '武进区 工作报告 2024',
    title: '武进区2024年政府工作报告',
    source: 'reports/wujin-2024.txt',
    publishedAt: '2024-01-15',
  });
  const { wujin, jiaze, hutang } = PLACES;
  const e = ENTITIES;
  for (const node of [wujin, jiaze, hutang, e.strategy532, e.lianghu, e.wujinTarget]) doc.add(node);
  doc.mention(jiaze.id, '嘉泽镇花木产业提档升级');
  doc.relate({ type: 'LOCATED_IN', from: jiaze.id, to: wujin.id });
  doc.relate({ type: 'LOCATED_IN', from: hutang.id, to: wujin.id });
  doc.relate({ type: 'PARTICIPATES_IN', from: wujin.id, to: e.strategy532.id });
  doc.relate({ type: 'PART_OF', from: e.lianghu.id, to: e.strategy532.id });
  doc.relate({ type: 'TARGETS', from: wujin.id, to: e.wujinTarget.id });
  return doc.records();
}
