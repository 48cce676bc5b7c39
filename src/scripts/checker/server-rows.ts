// The list of server rows: adding, removing, renumbering, and prefilling from ?server= links.
import { required } from './dom.ts';
import type { Translate } from './translate.ts';

/** The elements of one server row. */
export interface ServerRowElements {
  readonly row: HTMLLIElement;
  readonly fqdn: HTMLInputElement;
  readonly fqdnError: HTMLElement;
  readonly certField: HTMLElement;
  readonly result: HTMLElement;
}

/** Reads a row's elements from its markup. */
export function rowElements(row: HTMLLIElement): ServerRowElements {
  return {
    row,
    fqdn: required(row, '[data-fqdn-input]', HTMLInputElement),
    fqdnError: required(row, '[data-fqdn-error]', HTMLElement),
    certField: required(row, '[data-cert-field]', HTMLElement),
    result: required(row, '[data-server-result]', HTMLElement),
  };
}

let nextId = 2;

/** Clones the row template with fresh ids and appends it to the list. */
export function appendRow(list: HTMLElement, template: HTMLTemplateElement): HTMLLIElement {
  const fragment = template.content.cloneNode(true);
  if (!(fragment instanceof DocumentFragment)) throw new Error('bad row template');
  const id = String(nextId++);
  for (const element of fragment.querySelectorAll('[id], [for], [aria-describedby]')) {
    for (const name of ['id', 'for', 'aria-describedby']) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, value.replaceAll('__ROW__', id));
    }
  }
  const row = fragment.querySelector('li');
  if (!(row instanceof HTMLLIElement)) throw new Error('bad row template');
  list.append(row);
  return row;
}

/** Rewrites each row's visible number, so names like "Remove server 2" stay unique. */
export function renumberRows(list: HTMLElement, t: Translate): void {
  list.querySelectorAll<HTMLLIElement>('[data-server-row]').forEach((row, index) => {
    const number = index + 1;
    required(row, '[data-row-title]', HTMLElement).textContent = t('server.row.title', { number });
    required(row, '[data-action="remove-server"]', HTMLButtonElement).textContent = t(
      'server.remove.button',
      { number },
    );
  });
}

/** The FQDNs of `?server=` parameters, in order, blanks dropped. Certificates are never read. */
export function prefillFqdns(search: string): string[] {
  return new URLSearchParams(search)
    .getAll('server')
    .map((fqdn) => fqdn.trim())
    .filter((fqdn) => fqdn !== '');
}
