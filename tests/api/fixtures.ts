import type { GraphRecords } from '../../schema/records';
import { buildDocument, type DocumentBuilder } from './fixture-builder';

export { scaledRecords } from './scaled-fixture';

/**
 * Hand-made graph records for API tests: the four seed towns with their districts and
 * cities, a zone spanning two towns, projects, an enterprise, a programme, goals, figures,
 * an official and an industry, each fact with provenance pointing at its sentence.
 */

export const IDS = {
  jiangsu: 'place:320000',
  changzhou: 'place:320400',
  suzhou: 'place:320500',
  wujin: 'place:320412',
  tianning: 'place:320402',
  wujiang: 'place:320509',
  jiaze: 'place:320412119',
  hutang: 'place:320412100',
  zhenglu: 'place:320402102',
  pingwang: 'place:320509102',
  jiazeVillage: 'place:320412119201',
  lianghu: 'zone:fixture-lianghu',
  flowerProject: 'project:fixture-flower',
  hydrogenProject: 'project:fixture-hydrogen',
  roadProject: 'project:fixture-road',
  hutangProject: 'project:fixture-hutang',
  enterprise: 'enterprise:fixture-tianhe',
  programme: 'programme:fixture-532',
  target: 'target:fixture-sales',
  projectTarget: 'target:fixture-floor-area',
  indicator: 'indicator:fixture-output',
  person: 'person:fixture-hejun',
  industry: 'industry:fixture-flowers',
  docJiaze: 'doc:fixture0000jiaze',
  docHutang: 'doc:fixture000hutang',
} as const;

export const SENTENCES = {
  jiaze: [
    '嘉泽镇位于常州市武进区,是江苏省花木之乡。',
    '天宁区郑陆镇、吴江区平望镇与苏州市的同行前来交流。',
    '嘉泽镇是“两湖”创新区的主阵地之一。',
    '嘉泽镇积极落实“532”发展战略。',
    '花木产业转型项目已开工,由天合花木有限公司投资。',
    '氢能产业园项目在两湖创新区签约。',
    '夏溪村道路改造工程已完工。',
    '力争全年完成工业开票销售130亿元。',
    '去年完成工业总产值120亿元。',
    '镇长贺军回答提问。',
    '嘉泽镇重点发展花木产业。',
  ],
  hutang: [
    '湖塘镇位于武进区,是“两湖”创新区的重要板块。',
    '湖塘镇当好贯彻落实“532”发展战略的尖兵。',
    '湖塘商贸中心项目在建,确保明年建成商业面积5万平方米。',
    '湖塘镇与天合花木有限公司签订合作协议。',
    '湖塘镇也发展花木产业。',
  ],
};

function places(doc: DocumentBuilder): void {
  const place = (id: string, name: string, kind: string, aliases: string[] = []) =>
    doc.node({ id, label: 'Place', name, aliases, properties: { kind, code: id.slice('place:'.length) } });
  return void [
    place(IDS.jiangsu, '江苏省', 'PROVINCE'),
    place(IDS.changzhou, '常州市', 'CITY'),
    place(IDS.suzhou, '苏州市', 'CITY'),
    place(IDS.wujin, '武进区', 'DISTRICT'),
    place(IDS.tianning, '天宁区', 'DISTRICT'),
    place(IDS.wujiang, '吴江区', 'DISTRICT'),
    place(IDS.jiaze, '嘉泽镇', 'TOWN', ['嘉泽']),
    place(IDS.zhenglu, '郑陆镇', 'TOWN', ['郑陆']),
    place(IDS.pingwang, '平望镇', 'TOWN', ['平望']),
    place(IDS.jiazeVillage, '夏溪村', 'VILLAGE'),
  ];
}

/** The first document: 嘉泽镇 and the place hierarchy of all four towns. */
export function jiazeRecords(): GraphRecords {
  const doc = buildDocument({
    id: IDS.docJiaze,
    title: '做好“两湖”之眼 奋力书写嘉泽答卷',
    placeId: IDS.jiaze,
    sentences: SENTENCES.jiaze,
  });
  places(doc);
  const located = (from: string, to: string, evidence: string) =>
    doc.link({ type: 'LOCATED_IN', from, to, evidence });
  located(IDS.changzhou, IDS.jiangsu, '江苏省');
  located(IDS.suzhou, IDS.jiangsu, '苏州市');
  located(IDS.wujin, IDS.changzhou, '常州市武进区');
  located(IDS.tianning, IDS.changzhou, '天宁区');
  located(IDS.wujiang, IDS.suzhou, '吴江区');
  located(IDS.jiaze, IDS.wujin, '嘉泽镇位于常州市武进区');
  located(IDS.zhenglu, IDS.tianning, '天宁区郑陆镇');
  located(IDS.pingwang, IDS.wujiang, '吴江区平望镇');
  located(IDS.jiazeVillage, IDS.jiaze, '夏溪村');
  doc.node({
    id: IDS.lianghu,
    label: 'Zone',
    name: '两湖创新区',
    aliases: ['“两湖”创新区'],
    mention: '“两湖”创新区',
  });
  located(IDS.lianghu, IDS.jiaze, '嘉泽镇是“两湖”创新区的主阵地之一');
  doc.node({ id: IDS.programme, label: 'Programme', name: '“532”发展战略', properties: { level: 'CITY' } });
  doc.link({
    type: 'PARTICIPATES_IN',
    from: IDS.jiaze,
    to: IDS.programme,
    evidence: '嘉泽镇积极落实“532”发展战略',
  });
  doc.node({ id: IDS.enterprise, label: 'Enterprise', name: '天合花木有限公司', aliases: ['天合花木'] });
  located(IDS.enterprise, IDS.jiaze, '天合花木有限公司');
  doc.node({
    id: IDS.flowerProject,
    label: 'Project',
    name: '花木产业转型项目',
    properties: { status: 'STARTED' },
  });
  located(IDS.flowerProject, IDS.jiaze, '花木产业转型项目已开工');
  doc.link({
    type: 'OPERATED_BY',
    from: IDS.flowerProject,
    to: IDS.enterprise,
    evidence: '由天合花木有限公司投资',
  });
  doc.link({ type: 'PART_OF', from: IDS.flowerProject, to: IDS.programme, evidence: '花木产业转型项目' });
  doc.node({
    id: IDS.hydrogenProject,
    label: 'Project',
    name: '氢能产业园项目',
    properties: { status: 'SIGNED', investment: 5e9 },
  });
  located(IDS.hydrogenProject, IDS.lianghu, '氢能产业园项目在两湖创新区签约');
  doc.node({
    id: IDS.roadProject,
    label: 'Project',
    name: '夏溪村道路改造工程',
    properties: { status: 'COMPLETED' },
  });
  located(IDS.roadProject, IDS.jiazeVillage, '夏溪村道路改造工程已完工');
  doc.node({
    id: IDS.target,
    label: 'Target',
    name: '工业开票销售130亿元',
    mention: '工业开票销售130亿元',
    properties: {
      metric: '工业开票销售',
      value: 13e9,
      unit: '元',
      year: 2024,
      qualifier: '力争',
      hard: false,
      change: false,
      text: '力争全年完成工业开票销售130亿元',
    },
  });
  doc.link({ type: 'TARGETS', from: IDS.jiaze, to: IDS.target, evidence: '力争全年完成工业开票销售130亿元' });
  doc.node({
    id: IDS.indicator,
    label: 'Indicator',
    name: '工业总产值120亿元',
    properties: {
      metric: '工业总产值',
      value: 12e9,
      unit: '元',
      year: 2023,
      change: false,
      text: '去年完成工业总产值120亿元',
    },
  });
  doc.link({ type: 'REPORTS', from: IDS.jiaze, to: IDS.indicator, evidence: '去年完成工业总产值120亿元' });
  doc.node({ id: IDS.person, label: 'Person', name: '贺军', properties: { role: '镇长' } });
  doc.link({
    type: 'SERVES_IN',
    from: IDS.person,
    to: IDS.jiaze,
    evidence: '镇长贺军',
    extra: { role: '镇长' },
  });
  doc.node({ id: IDS.industry, label: 'Industry', name: '花木', mention: '花木产业' });
  doc.link({ type: 'FOCUSES_ON', from: IDS.jiaze, to: IDS.industry, evidence: '嘉泽镇重点发展花木产业' });
  return doc.records;
}

/** The second document: 湖塘镇, sharing the zone, programme, enterprise and industry. */
export function hutangRecords(): GraphRecords {
  const doc = buildDocument({
    id: IDS.docHutang,
    title: '当好贯彻落实“532”发展战略的“尖兵”',
    placeId: IDS.hutang,
    sentences: SENTENCES.hutang,
  });
  doc.node({
    id: IDS.hutang,
    label: 'Place',
    name: '湖塘镇',
    aliases: ['湖塘'],
    properties: { kind: 'TOWN', code: '320412100' },
  });
  doc.node({
    id: IDS.wujin,
    label: 'Place',
    name: '武进区',
    properties: { kind: 'DISTRICT', code: '320412' },
  });
  doc.link({ type: 'LOCATED_IN', from: IDS.hutang, to: IDS.wujin, evidence: '湖塘镇位于武进区' });
  doc.node({
    id: IDS.lianghu,
    label: 'Zone',
    name: '两湖创新区',
    aliases: ['“两湖”创新区'],
    mention: '“两湖”创新区',
  });
  doc.link({ type: 'LOCATED_IN', from: IDS.lianghu, to: IDS.hutang, evidence: '是“两湖”创新区的重要板块' });
  doc.node({ id: IDS.programme, label: 'Programme', name: '“532”发展战略', properties: { level: 'CITY' } });
  doc.link({
    type: 'PARTICIPATES_IN',
    from: IDS.hutang,
    to: IDS.programme,
    evidence: '湖塘镇当好贯彻落实“532”发展战略',
  });
  doc.node({
    id: IDS.hutangProject,
    label: 'Project',
    name: '湖塘商贸中心项目',
    properties: { status: 'UNDER_CONSTRUCTION' },
  });
  doc.link({ type: 'LOCATED_IN', from: IDS.hutangProject, to: IDS.hutang, evidence: '湖塘商贸中心项目在建' });
  doc.node({
    id: IDS.projectTarget,
    label: 'Target',
    name: '商业面积5万平方米',
    properties: {
      metric: '商业面积',
      value: 50000,
      unit: '平方米',
      year: 2024,
      qualifier: '确保',
      hard: true,
      change: false,
    },
  });
  doc.link({
    type: 'TARGETS',
    from: IDS.hutangProject,
    to: IDS.projectTarget,
    evidence: '确保明年建成商业面积5万平方米',
  });
  doc.node({ id: IDS.enterprise, label: 'Enterprise', name: '天合花木有限公司', aliases: ['天合花木'] });
  doc.link({
    type: 'PARTNERS_WITH',
    from: IDS.hutang,
    to: IDS.enterprise,
    evidence: '湖塘镇与天合花木有限公司签订合作协议',
  });
  doc.node({ id: IDS.industry, label: 'Industry', name: '花木', mention: '花木产业' });
  doc.link({ type: 'FOCUSES_ON', from: IDS.hutang, to: IDS.industry, evidence: '湖塘镇也发展花木产业' });
  return doc.records;
}
