import { h } from './dom';

export interface PagedListOptions<T> {
  /** The list the items go into. */
  list: HTMLElement;
  items: readonly T[];
  render: (item: T) => HTMLElement;
  /** Items added per page. */
  pageSize: number;
  /** What the items are, for the button: "projects", "sentences". */
  noun: string;
  /** data-testid of the button. */
  testId: string;
}

/**
 * Fills a list one page at a time: the first page at once, then a "show more" button that
 * adds the next page (and says how many are left). A town's hundreds of relations or
 * sentences then cost the page only what the planner asks to see.
 */
export function fillPaged<T>(options: PagedListOptions<T>): HTMLElement | null {
  let count = 0;
  const more = h('button', { className: 'link more', testId: options.testId, attrs: { type: 'button' } });
  const next = (): void => {
    const page = options.items.slice(count, count + options.pageSize);
    options.list.append(...page.map(options.render));
    count += page.length;
    const left = options.items.length - count;
    more.textContent = `Show ${Math.min(left, options.pageSize)} more ${options.noun} (${left} left)`;
    options.list.dataset.shown = String(count);
    if (left <= 0) more.remove();
  };
  more.addEventListener('click', () => {
    const focusAt = count;
    next();
    // Keyboard users land on the first item just added rather than at the page's top.
    options.list.children[focusAt]?.querySelector<HTMLElement>('button, a')?.focus();
  });
  next();
  return count < options.items.length ? more : null;
}
