import { renderProvenance } from './card-provenance';
import { linkTo, renderRelations } from './card-relations';
import { h, show } from './dom';
import { formatEnum, formatQuantity } from './format';
import { kindStyle } from './kinds';
import { placeOutcomesSection } from './place-outcomes';
import { fillPaged } from './paged-list';
import type { EntityDetail, NodeRef } from './types';

export interface EntityCardOptions {
  container: HTMLElement;
  entity: EntityDetail;
  onOpen: (id: string) => void;
}

/** Linked entities listed per page: a district's hundreds of projects come a page at a time. */
const LINKS_PER_PAGE = 24;

/** Fields every entity has, rendered in their own sections rather than as properties. */
const STRUCTURAL = new Set(['__typename', 'id', 'name', 'aliases', 'provenance', 'relationships']);

/** Property labels where the field name alone would mislead (amounts are in yuan). */
const LABELS: Record<string, string> = {
  investment: 'investment (元)',
  valueMax: 'value up to',
  hard: 'firm goal',
  change: 'is a change',
  // A town of a shared name that no document placed: the towns it may be.
  candidates: 'unplaced: one of (codes)',
};

/**
 * The card of one entity: its properties, the entities its type links to (projects of a
 * place, enterprises of a project …), its relations and the sentences it comes from.
 * Which fields exist is read from the answer, so a field the API adds shows up here too.
 */
export function renderEntityCard(options: EntityCardOptions): void {
  const { entity, container, onOpen } = options;
  const style = kindStyle(entity.__typename);
  const properties: [string, string][] = [];
  const links: HTMLElement[] = [];
  for (const [field, value] of Object.entries(entity)) {
    if (STRUCTURAL.has(field) || value === null || value === undefined) continue;
    const refs = asRefs(value);
    if (refs) {
      if (refs.length > 0) links.push(renderLinks({ field, refs, onOpen }));
    } else {
      properties.push([LABELS[field] ?? field, formatValue(field, value)]);
    }
  }
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  show(
    container,
    'entity',
    h(
      'div',
      { className: 'card-head' },
      h(
        'span',
        { className: 'badge', testId: 'card-kind', attrs: { style: `background:${style.colour}` } },
        `${style.title} · ${style.chinese}`,
      ),
      // Focusable by script, so that opening an entity from the keyboard lands on its card.
      h('h2', { testId: 'card-name', attrs: { tabindex: '-1' } }, entity.name),
    ),
    aliases.length > 0
      ? h('p', { className: 'alias', testId: 'card-aliases' }, `also: ${aliases.join('、')}`)
      : null,
    h(
      'dl',
      { className: 'props', testId: 'card-properties' },
      ...properties.flatMap(([label, text]) => [h('dt', {}, label), h('dd', {}, text)]),
      h('dt', {}, 'id'),
      h('dd', { className: 'alias' }, entity.id),
    ),
    ...links,
    renderRelations({ entityId: entity.id, relationships: entity.relationships, onOpen }),
    renderProvenance({ provenance: entity.provenance, names: [entity.name, ...entity.aliases] }),
  );
  container.dataset.entityId = entity.id;
  container.dataset.kind = entity.__typename;
  // Goals against outcomes: a place's timelines and scorecard load after the card shows.
  if (entity.__typename === 'Place') container.append(placeOutcomesSection(entity.id));
}

function renderLinks(options: { field: string; refs: NodeRef[]; onOpen: (id: string) => void }): HTMLElement {
  const unique = [...new Map(options.refs.map((r) => [r.id, r])).values()];
  const list = h('ul', { className: 'chips' });
  const more = fillPaged({
    list,
    items: unique,
    render: (ref) => h('li', {}, linkTo(ref, options.onOpen)),
    pageSize: LINKS_PER_PAGE,
    noun: options.field,
    testId: 'card-more',
  });
  return h(
    'section',
    { testId: `card-${options.field}` },
    h('h3', {}, `${options.field} (${unique.length})`),
    list,
    more,
  );
}

function isRef(value: unknown): value is NodeRef {
  return typeof value === 'object' && value !== null && 'id' in value && '__typename' in value;
}

function asRefs(value: unknown): NodeRef[] | null {
  if (isRef(value)) return [value];
  if (Array.isArray(value) && value.every(isRef)) return value;
  return null;
}

function formatValue(field: string, value: unknown): string {
  if (typeof value === 'number') return field === 'year' ? String(value) : formatQuantity(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return /^[A-Z_]+$/.test(value) ? formatEnum(value) : value;
  if (Array.isArray(value)) return value.map(String).join('、');
  return JSON.stringify(value);
}
