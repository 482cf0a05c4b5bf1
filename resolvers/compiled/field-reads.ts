import { Kind, visit, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { WHOLE_READS, type ReadShape } from '../../store/read-shape';

/**
 * What a field's resolver reads of the nodes and edges it is handed, beyond every node's
 * id, name and label: node properties, and whether edges' evidence. Named by field name,
 * over every type that has a field of that name and can be reached through fields of
 * this table (a type reached only through a field missing here needs no entry: that field
 * makes the whole operation read everything).
 */
interface FieldReads {
  properties?: readonly string[];
  evidence?: true;
}

const NOTHING: FieldReads = {};
/** A scalar read from the node's property of the same name. */
const own = (name: string): FieldReads => ({ properties: [name] });

const FIELD_READS: Record<string, FieldReads> = {
  // Every node's id and name are always read; aliases are a list of their own.
  id: NOTHING,
  name: NOTHING,
  aliases: own('aliases'),
  // Roots, pages and search hits: nodes from the store, ordered and cut in Cypher.
  node: NOTHING,
  nodes: NOTHING,
  search: NOTHING,
  score: NOTHING,
  towns: NOTHING,
  edges: NOTHING,
  cursor: NOTHING,
  totalCount: NOTHING,
  pageInfo: NOTHING,
  hasNextPage: NOTHING,
  hasPreviousPage: NOTHING,
  startCursor: NOTHING,
  endCursor: NOTHING,
  // Place.kind, Place.code, Programme.level, Project.status and investment, figures.
  kind: own('kind'),
  code: own('code'),
  candidates: own('candidates'),
  level: own('level'),
  status: own('status'),
  investment: own('investment'),
  metric: own('metric'),
  value: own('value'),
  valueMax: own('valueMax'),
  unit: own('unit'),
  year: own('year'),
  qualifier: own('qualifier'),
  hard: own('hard'),
  change: own('change'),
  // Walks that read what they reach: the kind of each place above (district, city), the
  // kind, status or year their arguments filter on (children, projects, targets).
  district: own('kind'),
  city: own('kind'),
  children: own('kind'),
  projects: own('status'),
  projectsConnection: own('status'),
  targets: own('year'),
  targetsConnection: own('year'),
  // A document's place is a property naming it; other places are walked to.
  place: own('place'),
  // Walks that keep what they reach by label and order it by name.
  parent: NOTHING,
  ancestors: NOTHING,
  zone: NOTHING,
  zones: NOTHING,
  places: NOTHING,
  enterprise: NOTHING,
  enterprises: NOTHING,
  institutions: NOTHING,
  programmes: NOTHING,
  industries: NOTHING,
  indicators: NOTHING,
  people: NOTHING,
  subject: NOTHING,
  parents: NOTHING,
  parts: NOTHING,
  // A trace's paths: their length, the type and ends of each relationship (the ends are
  // nodes, read as any other). A field named `relationships` hands out whole edges, which
  // may be read for their evidence further down.
  trace: NOTHING,
  length: NOTHING,
  type: NOTHING,
  from: NOTHING,
  to: NOTHING,
  relationships: { evidence: true },
  // Evidence: an entity's mentions, and the role a SERVES_IN edge may state.
  provenance: { evidence: true },
  documentId: NOTHING,
  sentence: NOTHING,
  start: NOTHING,
  end: NOTHING,
  rule: NOTHING,
  confidence: NOTHING,
  role: { properties: ['role'], evidence: true },
};

const shapes = new WeakMap<OperationDefinitionNode, ReadShape>();

/**
 * What the resolvers of an operation read of nodes and edges: the union over its fields
 * (in its own selection and in every fragment of the document) of what each reads, or
 * everything when one field is not in the table, or the operation is not a query.
 * Kept per operation, which the server's parser cache hands out again for the same text.
 */
export function readShapeOf(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): ReadShape {
  const known = shapes.get(operation);
  if (known) return known;
  const properties = new Set<string>();
  let evidence = false;
  let whole = operation.operation !== 'query';
  const look = {
    [Kind.FIELD]: (field: { name: { value: string } }) => {
      const name = field.name.value;
      if (whole || name.startsWith('__')) return;
      const reads = Object.hasOwn(FIELD_READS, name) ? FIELD_READS[name] : undefined;
      if (!reads) {
        whole = true;
        return;
      }
      reads.properties?.forEach((property) => properties.add(property));
      evidence ||= reads.evidence === true;
    },
  };
  visit(operation, look);
  for (const fragment of Object.values(fragments)) visit(fragment, look);
  const shape: ReadShape = whole ? WHOLE_READS : { properties: [...properties].sort(), evidence };
  shapes.set(operation, shape);
  return shape;
}
