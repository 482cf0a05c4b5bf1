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

  it('leave filtered listings and other orders as they were', () => {
    const filtered = findPageQuery({ filter: { label: 'Target', properties: { year: 2022 } }, limit: 20 });
    expect(filtered.text).not.toContain('IS NOT NULL');
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
