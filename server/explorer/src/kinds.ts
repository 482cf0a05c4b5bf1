/**
 * Entity kinds as the page shows them: a colour for the graph and legend, and the Chinese
 * word planners use for each. Kinds the API adds later still draw, in the fallback grey.
 */
export interface KindStyle {
  colour: string;
  title: string;
  chinese: string;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  Place: { colour: '#2563eb', title: 'Place', chinese: '地区' },
  Zone: { colour: '#0891b2', title: 'Zone', chinese: '园区' },
  Project: { colour: '#ea580c', title: 'Project', chinese: '项目' },
  Enterprise: { colour: '#7c3aed', title: 'Enterprise', chinese: '企业' },
  Institution: { colour: '#db2777', title: 'Institution', chinese: '机构' },
  Programme: { colour: '#16a34a', title: 'Programme', chinese: '规划/计划' },
  Person: { colour: '#92400e', title: 'Person', chinese: '人物' },
  Target: { colour: '#dc2626', title: 'Target', chinese: '目标' },
  Indicator: { colour: '#64748b', title: 'Indicator', chinese: '指标' },
  Industry: { colour: '#ca8a04', title: 'Industry', chinese: '产业' },
  Document: { colour: '#334155', title: 'Document', chinese: '文档' },
};

const FALLBACK: KindStyle = { colour: '#9ca3af', title: 'Other', chinese: '其他' };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? { ...FALLBACK, title: kind };
}

/** Order in which groups of results and legend entries are listed. */
export function kindRank(kind: string): number {
  const index = Object.keys(KIND_STYLES).indexOf(kind);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
