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
 * Certificate-derived text (names, FQDNs, messages that quote them), isolated so that a
 * right-to-left override inside it cannot reorder the text around it.
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

// A private-use character that no translation contains: where a parameter goes in a sentence.
const slot = '\uE000';

/** A translated sentence whose parameter `name` (certificate-derived) is isolated in a `<bdi>`. */
export function withIsolated(
  translate: (params: Readonly<Record<string, string | number>>) => string,
  name: string,
  value: string,
): Child[] {
  const parts = translate({ [name]: slot }).split(slot);
  return parts.flatMap((part, index) => (index === 0 ? [part] : [bdi(value), part]));
}
