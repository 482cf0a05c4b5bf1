import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
  validate,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { SeededRandom } from '../../bench/corpus/random';

export interface FuzzPools {
  /** Ids to put in ID arguments: real ones of the graph, and some that name nothing. */
  ids: readonly string[];
  /** Texts for String arguments. */
  texts: readonly string[];
}

export interface FuzzQuery {
  query: string;
  variables: Record<string, unknown>;
}

const INTS = [0, 1, 2, 3, 5, 10, 20, 50, 100, 101, -1, 1000];

/**
 * Random operations over a schema (as introspected from the server): a few root fields,
 * arguments drawn from pools (a nullable one given about half the time, an Int sometimes
 * through a variable), selections a few levels deep, inline fragments on interfaces and
 * unions. Only operations that pass the schema's validation are returned.
 */
export class QueryFuzzer {
  private variableCount = 0;
  private variables: Record<string, unknown> = {};
  private declarations: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: SeededRandom,
    private readonly pools: FuzzPools,
    private readonly maxDepth = 3,
  ) {}

  next(): FuzzQuery {
    for (;;) {
      const candidate = this.candidate();
      if (validate(this.schema, parse(candidate.query)).length === 0) return candidate;
    }
  }

  private candidate(): FuzzQuery {
    this.variableCount = 0;
    this.variables = {};
    this.declarations = [];
    const root = this.schema.getQueryType();
    if (!root) throw new Error('the schema has no query type');
    const selection = this.selectionOf(root, 1);
    const header = this.declarations.length > 0 ? `query Fuzz(${this.declarations.join(', ')}) ` : '';
    return { query: `${header}${selection}`, variables: this.variables };
  }

  private selectionOf(type: GraphQLNamedType, depth: number): string {
    if (isInterfaceType(type) || isUnionType(type)) {
      const possible = this.random.sample(this.schema.getPossibleTypes(type), this.random.int(1, 2));
      const own = isInterfaceType(type) ? this.fieldsOf(type, depth) : [];
      const fragments = possible.map((object) => `... on ${object.name} ${this.selectionOf(object, depth)}`);
      return `{ __typename ${own.join(' ')} ${fragments.join(' ')} }`;
    }
    if (!isObjectType(type)) throw new Error(`no selection on ${type.name}`);
    const fields = this.fieldsOf(type, depth);
    return `{ ${fields.length > 0 ? fields.join(' ') : '__typename'} }`;
  }

  private fieldsOf(type: GraphQLNamedType, depth: number): string[] {
    if (!isObjectType(type) && !isInterfaceType(type)) return [];
    const candidates = Object.values(type.getFields()).filter(
      (field) => depth < this.maxDepth || isLeafType(unwrap(field.type)),
    );
    return this.random.sample(candidates, this.random.int(1, 3)).map((field) => {
      const args = field.args.map((arg) => this.argument(arg)).filter((text) => text !== '');
      const named = unwrap(field.type);
      const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
      return isLeafType(named) ? head : `${head} ${this.selectionOf(named, depth + 1)}`;
    });
  }

  private argument(arg: GraphQLArgument): string {
    if (!isNonNullType(arg.type) && !this.random.chance(0.5)) return '';
    const unwrapped = getNullableType(arg.type) as GraphQLInputType;
    if (unwrapped.toString() === 'Int' && this.random.chance(0.5)) {
      const name = `v${this.variableCount++}`;
      this.declarations.push(`$${name}: Int`);
      this.variables[name] = this.random.pick(INTS);
      return `${arg.name}: $${name}`;
    }
    return `${arg.name}: ${this.literal(arg.type)}`;
  }

  private literal(type: GraphQLInputType): string {
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      const items = Array.from({ length: this.random.int(1, 2) }, () => this.literal(inner.ofType));
      return `[${items.join(', ')}]`;
    }
    if (isEnumType(inner)) return this.random.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields()).filter(
        (field) => isNonNullType(field.type) || this.random.chance(0.4),
      );
      return `{ ${fields.map((field) => `${field.name}: ${this.literal(field.type)}`).join(', ')} }`;
    }
    switch (inner.name) {
      case 'ID':
        return JSON.stringify(this.random.pick(this.pools.ids));
      case 'String':
        return JSON.stringify(this.random.pick(this.pools.texts));
      case 'Int':
        return String(this.random.pick(INTS));
      case 'Float':
        return String(this.random.pick([0, 1.5, 2024]));
      case 'Boolean':
        return String(this.random.chance(0.5));
      default:
        return '{}';
    }
  }
}

function unwrap(type: GraphQLOutputType): GraphQLNamedType {
  let current: GraphQLOutputType = type;
  while (isNonNullType(current) || isListType(current)) current = current.ofType;
  return current;
}
