import { findDate } from './dates';

/**
 * The header block government sites print above a document (政府信息公开 pages):
 *   信息名称:郑陆镇2020年度政府工作报告
 *   索 引 号:11320402014133832T/2021-00002
 *   文件编号: 发布机构:郑陆镇
 *   产生日期:2020-12-28 发布日期:2020-12-28 废止日期:有效
 * Its fields give the title, publisher and date; its lines are not document text.
 */
export interface HeaderFields {
  title?: string;
  publisher?: string;
  publishedAt?: string;
}

const TITLE_LABELS = ['信息名称', '文章标题', '标题', '题名'];
const PUBLISHER_LABELS = ['发布机构', '发文机关', '发布单位', '信息来源', '文章来源', '来源'];
/** Best first: the publication date over the date the document was drawn up. */
const DATE_LABELS = ['发布日期', '发布时间', '成文日期', '产生日期', '日期', '时间'];
// prettier-ignore
const OTHER_LABELS = [
  '索引号', '主题分类', '体裁分类', '组配分类', '服务对象分类', '公开方式', '公开范围', '公开时限', '文件编号', '文号',
  '发文字号', '废止日期', '有效性', '内容概述', '关键词', '作者', '责任编辑', '浏览次数', '点击数', '阅读次数', '字号',
];
const LABELS = [...TITLE_LABELS, ...PUBLISHER_LABELS, ...DATE_LABELS, ...OTHER_LABELS].sort(
  (a, b) => b.length - a.length,
);
/** Labels are often spaced out to align a table: 索 引 号. */
const LABEL = new RegExp(
  `(${LABELS.map((label) => [...label].join('[ \\t\\u3000]*')).join('|')})[ \\t\\u3000]*[::]`,
  'gu',
);
/** Header blocks sit at the top; the same labels in a footer (来源:) are boilerplate's business. */
const HEADER_LINES = 40;

export function takeHeaderFields(text: string): { fields: HeaderFields; text: string } {
  const lines = text.split('\n');
  const values = new Map<string, string>();
  const kept: string[] = [];
  lines.forEach((line, index) => {
    const parsed = index < HEADER_LINES ? parseFieldLine(line) : null;
    if (!parsed) return void kept.push(line);
    for (const [label, value] of parsed) if (value && !values.has(label)) values.set(label, value);
  });
  const fields: HeaderFields = {};
  const title = firstValue(values, TITLE_LABELS);
  if (title) fields.title = title;
  const publisher = firstValue(values, PUBLISHER_LABELS)?.split(/[\s\u3000]/)[0];
  if (publisher) fields.publisher = publisher;
  for (const label of DATE_LABELS) {
    const date = findDate(values.get(label) ?? '');
    if (date) {
      fields.publishedAt = date;
      break;
    }
  }
  return { fields, text: kept.join('\n') };
}

/** The fields of a line that starts with a field label, or null for any other line. */
function parseFieldLine(line: string): [string, string][] | null {
  // LABEL ends with a colon: a line without one (most lines) needs no scan.
  if (!line.includes(':')) return null;
  const matches = [...line.matchAll(LABEL)];
  const first = matches[0];
  if (!first || line.slice(0, first.index).trim() !== '') return null;
  return matches.map((match, i) => {
    const next = matches[i + 1];
    const value = line.slice(match.index + match[0].length, next ? next.index : undefined).trim();
    return [(match[1] ?? '').replace(/[ \t\u3000]/g, ''), value];
  });
}

function firstValue(values: Map<string, string>, labels: string[]): string | undefined {
  for (const label of labels) {
    const value = values.get(label);
    if (value) return value;
  }
  return undefined;
}
