import type { NodeLabel } from '../../schema/model';
import { createGraphState, type GraphState } from '../../store/memory/graph-state';
import type { NodeAttributes } from '../../store/memory/graph-types';
import { runTransaction } from '../../store/memory/graph-transaction';
import { scoreNode, searchNodesIn } from '../../store/memory/search-nodes';

/**
 * Search through the n-gram index gives exactly what scoring every name gives, in the same
 * order, over names that stress it: Han, mixed-case Latin, characters whose lower case
 * differs in length (İ) or by context (Σ), characters outside the BMP, and aliases.
 */

const PARTS = [
  '嘉泽',
  '湖塘',
  '镇',
  '花木',
  'Lvyuan',
  'LV',
  'İstanbul',
  'ΣΟΦΙΑ',
  '𠀀',
  '产业园',
  '项目',
  'a',
  'Ab',
];
const LABELS: NodeLabel[] = ['Place', 'Project', 'Enterprise', 'Zone'];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function nodes(count: number, next: () => number): NodeAttributes[] {
  const pick = (): string => PARTS[Math.floor(next() * PARTS.length)] as string;
  const name = (): string => Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join('');
  return Array.from({ length: count }, (_, i) => ({
    id: `node:${i}`,
    label: LABELS[i % LABELS.length] as NodeLabel,
    name: name(),
    aliases: Array.from({ length: Math.floor(next() * 3) }, name),
    properties: {},
  }));
}

/** The ranking the contract defines, by scoring every node. */
function scanAll(state: GraphState, text: string, labels?: NodeLabel[]): [string, number][] {
  const folded = /[A-Za-z]/.test(text) ? text.trim().toLowerCase() : text.trim();
  const fold = /[A-Za-z]/.test(text) ? (v: string) => v.toLowerCase() : (v: string) => v;
  if (folded === '') return [];
  const hits: { node: NodeAttributes; score: number }[] = [];
  state.graph.forEachNode((_id, node) => {
    if (labels && !labels.includes(node.label)) return;
    const score = scoreNode(node, folded, fold);
    if (score > 0) hits.push({ node, score });
  });
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.node.name.length - b.node.name.length ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
  return hits.slice(0, 20).map(({ node, score }) => [node.id, score]);
}

function search(state: GraphState, text: string, labels?: NodeLabel[]): [string, number][] {
  return searchNodesIn(state, { text, labels }).map((hit) => [hit.node.id, hit.score]);
}

describe('embedded search through the n-gram index', () => {
  const next = random(7);
  const state = createGraphState();
  const all = nodes(400, next);
  runTransaction(state, (tx) => all.forEach((node) => tx.putNode(node)));

  const texts = [
    ...PARTS,
    '嘉',
    '泽镇',
    'lvyuan',
    'LVYUAN',
    'lv',
    'i̇stanbul',
    'σοφια',
    ' 花木 ',
    '不存在',
    'x',
    ...all.slice(0, 40).map((node) => node.name.slice(1, 4)),
    ...all.slice(40, 60).map((node) => node.name.toUpperCase()),
  ];

  it.each(texts.map((text) => [text]))('ranks %j as a scan of every name does', (text) => {
    const expected = scanAll(state, text);
    expect(search(state, text)).toEqual(expected);
    expect(search(state, text, ['Place', 'Zone'])).toEqual(scanAll(state, text, ['Place', 'Zone']));
  });

  it('finds something for most texts, so the comparison is not between empty lists', () => {
    const found = texts.filter((text) => scanAll(state, text).length > 0);
    expect(found.length).toBeGreaterThan(texts.length * 0.8);
  });

  it('keeps the index in step when names change, and after a rollback', () => {
    const renamed = { ...all[0]!, name: '全新名称', aliases: ['别名Q'] };
    runTransaction(state, (tx) => tx.putNode(renamed));
    expect(search(state, '全新')).toEqual([[renamed.id, 2]]);
    expect(search(state, '别名q')).toEqual([[renamed.id, 3]]);
    expect(search(state, '别名q')).toEqual(scanAll(state, '别名q'));
    expect(() =>
      runTransaction(state, (tx) => {
        tx.putNode({ ...renamed, name: '回滚之前' });
        throw new Error('fails after the write');
      }),
    ).toThrow('fails after the write');
    expect(search(state, '回滚')).toEqual([]);
    expect(search(state, '全新名称')).toEqual([[renamed.id, 4]]);
  });
});
