// Input events into state actions. Each handler takes what the event carries (the new text, the
// files) and dispatches; nothing here keeps state or reads fields back later.
import { maxInputBytes } from '../../lib/cert/input-limit.ts';
import { changeKind } from './change-kind.ts';
import type { Action, FieldRef } from './checker-state.ts';
import { readFiles } from './read-files.ts';

/** The field an element belongs to, or null outside any certificate field. */
export function fieldRefOf(element: Element): FieldRef | null {
  const field = element.closest<HTMLElement>('[data-cert-field]');
  const kind = field?.dataset['certField'];
  if (kind === 'reference' || kind === 'bulk') return kind;
  return kind === 'server' ? rowIdOf(element) : null;
}

/** The id of the server row an element is in, or null. */
export function rowIdOf(element: Element): number | null {
  const row = element.closest<HTMLElement>('[data-server-row]');
  const id = Number(row?.dataset['rowId']);
  return Number.isInteger(id) ? id : null;
}

/** Reads dropped or picked files into an `add-files` action for `field`. */
export async function filesAction(field: FieldRef, files: readonly File[]): Promise<Action> {
  const read = await readFiles(files, maxInputBytes, typeof field === 'number');
  return { type: 'add-files', field, files: read.files, refusals: read.refusals };
}

/** Wires the checker's input events; `act` performs `data-action` buttons. */
export function bindEvents(
  root: HTMLElement,
  dispatch: (action: Action) => void,
  act: (button: HTMLElement) => void,
): void {
  const dropFiles = (field: FieldRef, files: readonly File[]): void => {
    void filesAction(field, files).then(dispatch);
  };
  root.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.matches('[data-fqdn-input]')) {
      const row = rowIdOf(target);
      if (row !== null) dispatch({ type: 'edit-fqdn', row, fqdn: target.value });
    } else if (target instanceof HTMLInputElement && target.matches('[data-check-date]')) {
      dispatch({ type: 'set-day', day: target.value });
    } else if (target instanceof HTMLTextAreaElement && target.matches('[data-cert-text]')) {
      const field = fieldRefOf(target);
      if (field !== null) {
        dispatch({ type: 'edit-text', field, text: target.value, kind: changeKind(event) });
      }
    }
  });
  // An oversize paste is refused by its length before it reaches the field: a string of more
  // characters than the cap is more bytes than the cap in any encoding.
  root.addEventListener('paste', (event) => {
    const target = event.target;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!(target instanceof HTMLTextAreaElement) || text.length <= maxInputBytes) return;
    const field = fieldRefOf(target);
    if (field === null) return;
    event.preventDefault();
    dispatch({ type: 'refuse', field, refusal: { name: null, code: 'too-large' } });
  });
  root.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.matches('[data-cert-field="bulk"] *')) {
      dispatch({ type: 'edit-text', field: 'bulk', text: target.value, kind: 'whole' });
    }
    if (!(target instanceof HTMLInputElement) || target.type !== 'file') return;
    const field = fieldRefOf(target);
    const files = [...(target.files ?? [])];
    target.value = '';
    if (field !== null && files.length > 0) dropFiles(field, files);
  });
  root.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    const zone = event.target instanceof Element ? event.target.closest('[data-drop-zone]') : null;
    zone?.classList.add('dragging');
  });
  root.addEventListener('dragleave', (event) => {
    const zone = event.target instanceof Element ? event.target.closest('[data-drop-zone]') : null;
    zone?.classList.remove('dragging');
  });
  root.addEventListener('drop', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (target === null || files.length === 0) return;
    event.preventDefault();
    target.closest('[data-drop-zone]')?.classList.remove('dragging');
    // Outside a row's own field, the server list takes many servers at once.
    const field = fieldRefOf(target) ?? (target.closest('[data-server-step]') ? 'bulk' : null);
    if (field !== null) dropFiles(field, files);
  });
  root.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
    if (button !== null) act(button);
  });
}

/** Edits made before the checker's listeners existed, as actions (read once, at start-up). */
export function typedBeforeStart(root: HTMLElement): Action[] {
  const actions: Action[] = [];
  for (const text of root.querySelectorAll<HTMLTextAreaElement>('[data-cert-text]')) {
    const field = fieldRefOf(text);
    if (field !== null && text.value !== '') {
      actions.push({ type: 'edit-text', field, text: text.value, kind: 'typing' });
    }
  }
  for (const fqdn of root.querySelectorAll<HTMLInputElement>('[data-fqdn-input]')) {
    const row = rowIdOf(fqdn);
    if (row !== null && fqdn.value !== '')
      actions.push({ type: 'edit-fqdn', row, fqdn: fqdn.value });
  }
  const day = root.querySelector<HTMLInputElement>('[data-check-date]');
  if (day !== null && day.value !== '') actions.push({ type: 'set-day', day: day.value });
  return actions;
}
