/** A child of an element: text is always set as text, never parsed as HTML. */
export type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  /** Stable hook for tests: becomes `data-testid`. */
  testId?: string;
  /** Other attributes, `data-*` included. */
  attrs?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

/** Creates an element with its children; the one way the page builds DOM. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.testId) element.dataset.testid = props.testId;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.onClick) element.addEventListener('click', props.onClick as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** The element with this id; its absence is a bug in index.html, so it throws. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: element #${id} is missing from index.html`);
  return element as T;
}

/** Replaces an element's content and records what it shows in `data-state`. */
export function show(target: HTMLElement, state: string, ...children: Child[]): void {
  target.replaceChildren();
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    target.append(typeof child === 'number' ? String(child) : child);
  }
  target.dataset.state = state;
}
