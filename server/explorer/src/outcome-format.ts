import { formatQuantity } from './format';

/** How a metric's values are shown: 元 in 亿元 or 万元, 美元 in 万美元, others as they are. */
export interface DisplayScale {
  factor: number;
  unit: string;
}

export function displayScale(unit: string, largest: number): DisplayScale {
  if (unit === '元') return largest >= 1e8 ? { factor: 1e8, unit: '亿元' } : { factor: 1e4, unit: '万元' };
  if (unit === '美元')
    return largest >= 1e8 ? { factor: 1e8, unit: '亿美元' } : { factor: 1e4, unit: '万美元' };
  return { factor: 1, unit };
}

/** A value in a scale, rounded for reading (two decimals at most). */
export function scaled(value: number | null, scale: DisplayScale): number | null {
  return value === null ? null : Math.round((value / scale.factor) * 100) / 100;
}

/** A figure with its unit in the scale that suits it: 130000000000 元 → 1,300 亿元. */
export function formatFigure(value: number | null, unit: string | null): string {
  if (value === null) return '';
  const scale = displayScale(unit ?? '', Math.abs(value));
  return `${formatQuantity(scaled(value, scale) ?? 0)} ${scale.unit}`.trim();
}

/** Achieved ÷ target as a percentage: 1.04 → 104%. */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? '' : `${Math.round(ratio * 100)}%`;
}

export const STATUS_LABELS: Record<string, string> = {
  MET: 'met 完成',
  MISSED: 'missed 未完成',
  PARTIAL: 'partly 部分完成',
  PENDING: 'pending 未到期',
  UNKNOWN: 'unknown 无数据',
};
