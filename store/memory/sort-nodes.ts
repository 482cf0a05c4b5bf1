import type { PropertyValue } from '../../schema/model';
import type { NodeSort } from '../graph-store';
import type { NodeAttributes } from './graph-types';

/** Listings without a sort are by name, then id. */
export const DEFAULT_SORT: readonly NodeSort[] = [{ field: 'name', direction: 'ASC' }];

function sortValue(node: NodeAttributes, field: string): PropertyValue | undefined {
  if (field === 'name') return node.name;
  if (field === 'id') return node.id;
  return node.properties[field];
}

/** Numbers before strings before booleans before arrays, when one field holds several kinds. */
function kindRank(value: PropertyValue): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 3;
}

function compareValues(a: PropertyValue, b: PropertyValue): number {
  const rank = kindRank(a) - kindRank(b);
  if (rank !== 0) return rank;
  const left = Array.isArray(a) ? JSON.stringify(a) : a;
  const right = Array.isArray(b) ? JSON.stringify(b) : b;
  // Plain code-unit order, not localeCompare: Chinese collation differs between ICU builds
  // and Neo4j compares strings by code point.
  return left! < right! ? -1 : left! > right! ? 1 : 0;
}

/**
 * Orders nodes by the given fields. A node without the field (or with null) comes last in
 * either direction; ties end on id ascending, so pages never overlap or skip.
 */
export function compareNodes(sort: readonly NodeSort[]): (a: NodeAttributes, b: NodeAttributes) => number {
  return (a, b) => {
    for (const { field, direction } of sort) {
      const left = sortValue(a, field);
      const right = sortValue(b, field);
      const leftMissing = left === undefined || left === null;
      const rightMissing = right === undefined || right === null;
      if (leftMissing || rightMissing) {
        if (leftMissing && rightMissing) continue;
        return leftMissing ? 1 : -1;
      }
      const order = compareValues(left, right);
      if (order !== 0) return direction === 'DESC' ? -order : order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
