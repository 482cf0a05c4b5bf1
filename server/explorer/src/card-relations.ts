import { h } from './dom';
import { kindStyle } from './kinds';
import { fillPaged } from './paged-list';
import { nodeName, type NodeRef, type RelationshipView } from './types';

export interface RelationsOptions {
  entityId: string;
  relationships: readonly RelationshipView[];
  onOpen: (id: string) => void;
}

/** Relations listed per page: a town has hundreds, one per goal and figure. */
const RELATIONS_PER_PAGE = 30;

interface RelationRow {
  type: string;
  outgoing: boolean;
  other: NodeRef;
  role: string | null;
  sentences: string[];
}

/**
 * The entity's relationships, one row per (type, direction, other end): several documents
 * stating one fact make one row that counts its sources, with their sentences on hover.
 */
export function renderRelations(options: RelationsOptions): HTMLElement {
  const rows = new Map<string, RelationRow>();
  for (const rel of options.relationships) {
    const outgoing = rel.from.id === options.entityId;
    const other = outgoing ? rel.to : rel.from;
    const key = `${rel.type}|${outgoing}|${other.id}`;
    const row = rows.get(key) ?? { type: rel.type, outgoing, other, role: rel.role ?? null, sentences: [] };
    if (rel.provenance) row.sentences.push(rel.provenance.sentence);
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.type.localeCompare(b.type) || Number(b.outgoing) - Number(a.outgoing),
  );
  const list = h('ul', { className: 'relations', testId: 'card-relations' });
  const more = fillPaged({
    list,
    items: sorted,
    render: (row) => renderRow(row, options.onOpen),
    pageSize: RELATIONS_PER_PAGE,
    noun: 'relations',
    testId: 'relations-more',
  });
  return h(
    'section',
    {},
    h('h3', {}, `Relations (${sorted.length})`),
    sorted.length > 0 ? list : h('p', { className: 'hint' }, 'None recorded.'),
    more,
  );
}

function renderRow(row: RelationRow, onOpen: (id: string) => void): HTMLElement {
  const style = kindStyle(row.other.__typename);
  return h(
    'li',
    { testId: 'relation', attrs: { 'data-type': row.type, title: row.sentences.join('\n') } },
    h('span', { className: 'rel-type' }, `${row.outgoing ? '→' : '←'} ${row.type}`),
    h('span', { className: 'swatch', attrs: { style: `background:${style.colour}` } }),
    ' ',
    linkTo(row.other, onOpen),
    row.role ? h('span', { className: 'alias' }, row.role) : null,
    row.sentences.length > 1 ? h('span', { className: 'alias' }, `${row.sentences.length} sources`) : null,
  );
}

/** A button that opens a node's card; documents have no card, so they show as text. */
export function linkTo(node: NodeRef, onOpen: (id: string) => void): HTMLElement {
  if (node.__typename === 'Document') return h('span', {}, `《${nodeName(node)}》`);
  return h(
    'button',
    {
      className: 'link',
      testId: 'entity-link',
      attrs: { type: 'button', 'data-id': node.id },
      onClick: () => onOpen(node.id),
    },
    nodeName(node),
  );
}
