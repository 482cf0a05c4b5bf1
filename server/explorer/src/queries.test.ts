import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import * as queries from './queries';

/** The public schema as the API engineer's SDL files state it. */
function loadSchema() {
  const dir = join(__dirname, '..', '..', '..', 'schema');
  const sdl = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
  return buildSchema(sdl);
}

describe('explorer queries', () => {
  const schema = loadSchema();
  const operations = Object.entries(queries).filter(([name]) => name.endsWith('_QUERY'));

  it('has the five operations the page sends', () => {
    expect(operations.map(([name]) => name).sort()).toEqual([
      'ENTITY_QUERY',
      'NEIGHBOURHOOD_QUERY',
      'SEARCH_QUERY',
      'TOWNS_QUERY',
      'TRACE_QUERY',
    ]);
  });

  it.each(operations)('%s is valid against schema/*.graphql', (_name, text) => {
    const errors = validate(schema, parse(text as string)).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it.each(queries.DETAIL_KINDS)('the detail query of %s is valid against schema/*.graphql', (kind) => {
    const text = queries.detailQuery(kind);
    expect(text).not.toBeNull();
    expect(validate(schema, parse(text!)).map((e) => e.message)).toEqual([]);
  });

  it('has a detail query for every entity type of the schema', () => {
    const entity = schema.getType('Entity');
    const kinds = schema.getPossibleTypes(entity as never).map((t) => t.name);
    expect([...queries.DETAIL_KINDS].sort()).toEqual(kinds.sort());
    expect(queries.detailQuery('Document')).toBeNull();
  });
});
