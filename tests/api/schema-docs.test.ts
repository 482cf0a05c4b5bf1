import { undocumentedElements } from './undocumented-elements';

describe('the SDL documents itself', () => {
  it('has a description on every type, field, argument, input field and enum value', () => {
    const missing = undocumentedElements();
    expect(missing).toEqual([]);
  });
});
