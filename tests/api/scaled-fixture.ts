import type { GraphRecords } from '../../schema/records';
import { buildDocument } from './fixture-builder';

/**
 * A synthetic district with `towns` towns, each with two projects and two goals: the same
 * query over it must cost the same number of store calls whatever `towns` is.
 */
export function scaledRecords(towns: number): GraphRecords {
  const sentences = ['某市某区召开会议。'];
  for (let i = 0; i < towns; i += 1)
    sentences.push(`第${i}镇甲${i}项目开工,乙${i}项目签约,力争产值${i}亿元,确保税收${i}亿元。`);
  const doc = buildDocument({
    id: `doc:fixturescaled${String(towns).padStart(3, '0')}`,
    title: 'scaled',
    placeId: 'place:990100',
    sentences,
  });
  const city = doc.node({
    id: 'place:990000',
    label: 'Place',
    name: '某市',
    mention: '某市',
    properties: { kind: 'CITY' },
  });
  const district = doc.node({
    id: 'place:990100',
    label: 'Place',
    name: '某区',
    mention: '某区',
    properties: { kind: 'DISTRICT' },
  });
  doc.link({ type: 'LOCATED_IN', from: district, to: city, evidence: '某市某区' });
  for (let i = 0; i < towns; i += 1) {
    const town = doc.node({
      id: `place:9901${String(i).padStart(5, '0')}`,
      label: 'Place',
      name: `第${i}镇`,
      properties: { kind: 'TOWN' },
    });
    doc.link({ type: 'LOCATED_IN', from: town, to: district, evidence: `第${i}镇` });
    for (const prefix of ['甲', '乙']) {
      const project = doc.node({
        id: `project:scaled-${prefix}${i}`,
        label: 'Project',
        name: `${prefix}${i}项目`,
      });
      doc.link({ type: 'LOCATED_IN', from: project, to: town, evidence: `${prefix}${i}项目` });
    }
    for (const metric of ['产值', '税收']) {
      const words = `${metric}${i}亿元`;
      const target = doc.node({
        id: `target:scaled-${metric}${i}`,
        label: 'Target',
        name: words,
        properties: { metric, value: i * 1e8, unit: '元', year: 2024 },
      });
      doc.link({ type: 'TARGETS', from: town, to: target, evidence: words });
    }
  }
  return doc.records;
}
