import type { GraphRecords } from '../../schema/records';
import { DocumentBuilder, entity, place } from '../contract/fixture-builder';

/**
 * The i-th of an endless series of small, distinct documents that share entities with
 * their neighbours (the district, ten towns, twenty enterprises, three programmes), so
 * that loads merge into existing nodes as real reports do.
 */
export function syntheticDocument(i: number): GraphRecords {
  const doc = new DocumentBuilder({
    text: `合成文档 ${i}`,
    title: `第${i}号工作报告`,
    source: `synthetic/${i}.txt`,
    publishedAt: '2024-03-01',
  });
  const district = place({ code: '320412', name: '武进区', kind: 'DISTRICT' });
  const town = place({ code: `320412${100 + (i % 10)}`, name: `第${i % 10}镇`, kind: 'TOWN' });
  const project = entity({
    label: 'Project',
    name: `第${i}号项目`,
    properties: { status: 'STARTED', investment: i },
  });
  const enterprise = entity({ label: 'Enterprise', name: `第${i % 20}号有限公司` });
  const programme = entity({
    label: 'Programme',
    name: `第${i % 3}号行动计划`,
    properties: { level: 'DISTRICT' },
  });
  for (const node of [district, town, project, enterprise, programme]) doc.add(node);
  doc.relate({ type: 'LOCATED_IN', from: town.id, to: district.id });
  doc.relate({ type: 'LOCATED_IN', from: project.id, to: town.id });
  doc.relate({ type: 'OPERATED_BY', from: project.id, to: enterprise.id });
  doc.relate({ type: 'PARTICIPATES_IN', from: town.id, to: programme.id });
  doc.relate({ type: 'PART_OF', from: project.id, to: programme.id });
  return doc.records();
}
