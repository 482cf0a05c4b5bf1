import { findPageQuery } from './find-nodes';
import { schemaStatements } from './schema';
import { NODE_LABELS } from '../../../schema/model';

/**
 * Listings of one label in name order read the label's name index in order (the plan is
 * checked on a database in tests/contract/scale-plans.test.ts); these check the text.
 */
describe('listings in name order', () => {
  it('ask every node of a bare label listing to have a name, so the name index can serve the order', () => {
    const { text } = findPageQuery({ filter: { label: 'Project' }, limit: 20 });
    expect(text).toContain(
      'MATCH (n:Project)\nWHERE n.name IS NOT NULL\nWITH n\nORDER BY n.name ASC, n.id ASC',
    );
    // The count still counts the label (the count store), with no condition.
    expect(text).toContain('MATCH (n:Project)\nRETURN count(n) AS total');
  });

  it('read the targets of a year from the (year, name) index, sorting on the year first', () => {
    const { text } = findPageQuery({ filter: { label: 'Target', properties: { year: 2022 } }, limit: 20 });
    expect(text).toContain(
      'MATCH (n:Target)\nUSING INDEX n:Target(`year`, name)\nWHERE n.`year` = $propertyValue0\n  AND n.name IS NOT NULL\nWITH n\nORDER BY n.`year` ASC, n.name ASC, n.id ASC',
    );
    // The count keeps the year's own index: it reads every target of the year either way.
    expect(text).toContain('WHERE n.`year` = $propertyValue0\nRETURN count(n) AS total');
    const descending = findPageQuery({
      filter: { label: 'Place', properties: { kind: 'TOWN' } },
      sort: [{ field: 'name', direction: 'DESC' }],
    });
    expect(descending.text).toContain('ORDER BY n.`kind` DESC, n.name DESC, n.id ASC');
    const names = schemaStatements().map((statement) => statement.text);
    expect(names).toContain('CREATE INDEX target_year_name IF NOT EXISTS FOR (n:Target) ON (n.year, n.name)');
  });

  it('leave other filtered listings and other orders as they were', () => {
    const filtered = findPageQuery({
      filter: { label: 'Document', properties: { publisher: '某镇人民政府' } },
      limit: 20,
    });
    expect(filtered.text).not.toContain('IS NOT NULL');
    const contains = findPageQuery({
      filter: { label: 'Target', properties: { year: 2022 }, nameContains: '产值' },
      limit: 20,
    });
    expect(contains.text).not.toContain('IS NOT NULL');
    expect(contains.text).toContain('ORDER BY n.name ASC, n.id ASC');
    const byYear = findPageQuery({
      filter: { label: 'Target' },
      sort: [{ field: 'year', direction: 'DESC' }],
    });
    expect(byYear.text).not.toContain('IS NOT NULL');
    expect(byYear.text).toContain('n[$sortField0] IS NULL');
    const noLabel = findPageQuery({ filter: {}, limit: 5 });
    expect(noLabel.text).not.toContain('IS NOT NULL');
  });

  it('has a name index for every label', () => {
    const names = schemaStatements().map((statement) => statement.name);
    for (const label of NODE_LABELS) expect(names).toContain(`${label.toLowerCase()}_name`);
  });
});
