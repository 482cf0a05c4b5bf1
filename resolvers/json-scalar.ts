import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadRequestError } from '../schema/errors';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function literalValue(node: ValueNode, variables: Record<string, unknown> | null | undefined): Json {
  switch (node.kind) {
    case Kind.NULL:
      return null;
    case Kind.BOOLEAN:
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((item) => literalValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, literalValue(field.value, variables)]),
      );
    case Kind.VARIABLE:
      return (variables?.[node.name.value] ?? null) as Json;
  }
}

function checkJson(value: unknown): Json {
  try {
    return JSON.parse(JSON.stringify(value)) as Json;
  } catch {
    throw new BadRequestError('value is not representable as JSON');
  }
}

/** Any JSON value, for Cypher parameters and rows. */
export const JSONScalar = new GraphQLScalarType<Json, Json>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: checkJson,
  parseValue: checkJson,
  parseLiteral: literalValue,
});
