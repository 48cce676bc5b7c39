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
  // One call for all children: append() makes strings into text nodes, never parses them.
  element.append(...children);
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

/**
 * A value from a link, a file or a certificate shown on its own (a name, an FQDN), isolated so
 * that a right-to-left override inside it cannot reorder the text around it.
 */
export function bdi(text: string): HTMLElement {
  return el('bdi', {}, [text]);
}

/** Shows or hides an element, touching it only when that changes. */
export function setHidden(element: HTMLElement, hidden: boolean): void {
  // A write, even of the same value, is a mutation that can cost the page a frame while the
  // worker is checking.
  if (element.hidden !== hidden) element.hidden = hidden;
}

/** Sets an element's text only when it changed, so unchanged renders touch nothing. */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Sets an element's children to a sentence's nodes only when its text changed. */
export function setSentence(element: HTMLElement, nodes: readonly Node[]): void {
  const text = nodes.map((node) => node.textContent).join('');
  if (element.textContent !== text || element.childNodes.length !== nodes.length) {
    element.replaceChildren(...nodes);
  }
}
