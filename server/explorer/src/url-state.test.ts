import { readState, sameState, stateQuery } from './url-state';

describe('url state', () => {
  it('reads a node, a trace and a comparison, and writes them back the same', () => {
    const search =
      '?node=place:320412119&trace=place:320412119,place:320412100&compare=place:320412&year=2021';
    const state = readState({ search, hash: '' });
    expect(state).toEqual({
      node: 'place:320412119',
      trace: { from: 'place:320412119', to: 'place:320412100' },
      compare: { under: 'place:320412', year: 2021 },
    });
    expect(stateQuery(state)).toBe(search);
  });

  it('opens the older #entity= links, and ignores a trace with one end', () => {
    const state = readState({ search: '?trace=place:1', hash: '#entity=project%3Ax' });
    expect(state).toEqual({ node: 'project:x', trace: null, compare: null });
    expect(stateQuery(state)).toBe('?node=project:x');
  });

  it('compares states by what they show', () => {
    const empty = readState({ search: '', hash: '' });
    expect(stateQuery(empty)).toBe('');
    expect(sameState(empty, readState({ search: '?compare=', hash: '' }))).toBe(true);
    expect(sameState(empty, readState({ search: '?node=a', hash: '' }))).toBe(false);
  });
});
