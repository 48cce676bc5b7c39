// Element helpers: everything the checker shows is set as text, never parsed as HTML.

/** Children accepted by `el`: elements or plain text. */
export type Child = Node | string;

/** Creates an element with classes, attributes and text or element children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Finds a required element inside `root`; a missing one is a build bug, not a user error. */
export function required<T extends Element>(
  root: ParentNode,
  selector: string,
  type: new () => T,
): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`checker markup lacks ${selector}`);
  return found;
}
