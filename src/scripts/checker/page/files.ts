// Input that arrives whole: picked and dropped files, read into bytes, and pastes refused by
// their size. Key containers are refused by name and oversize files by their size, both before a
// byte of them is read; a paste over the cap never reaches its field. Many servers at once take
// a bundle, whose cap is larger (every server's certificates, in UTF-16 from Windows PowerShell).
import { maxBundleBytes, maxInputBytes } from '../../../lib/cert/index.ts';
import type { Action, FieldRef, Refusal, SourceFile } from './state.ts';

/** The size cap of a field's input. */
export const capOf = (field: FieldRef): number =>
  field === 'bulk' ? maxBundleBytes : maxInputBytes;

/** Files read, and files refused unread. */
export interface ReadFiles {
  readonly files: Omit<SourceFile, 'id'>[];
  readonly refusals: Refusal[];
}

/** Reads `picked` (only the first for a server's field), refusing .pfx/.p12 and files over the cap. */
export async function readFiles(picked: readonly File[], field: FieldRef): Promise<ReadFiles> {
  const files: Omit<SourceFile, 'id'>[] = [];
  const refusals: Refusal[] = [];
  for (const file of typeof field === 'number' ? picked.slice(0, 1) : picked) {
    if (/\.(pfx|p12)$/i.test(file.name)) refusals.push({ name: file.name, code: 'pkcs12' });
    else if (file.size > capOf(field)) refusals.push({ name: file.name, code: 'too-large' });
    else {
      try {
        files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch {
        refusals.push({ name: file.name, code: 'unreadable' });
      }
    }
  }
  return { files, refusals };
}

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
  const read = await readFiles(files, field);
  return { type: 'add-files', field, files: read.files, refusals: read.refusals };
}

/**
 * Wires pastes, file pickers and drops of `root` to `dispatch`; a paste into the many-servers
 * field goes to `split` without ever being shown in it.
 */
export function bindFiles(
  root: HTMLElement,
  dispatch: (action: Action) => void,
  split: (text: string) => void,
): void {
  const dropFiles = (field: FieldRef, files: readonly File[]): void => {
    void filesAction(field, files).then(dispatch);
  };
  // An oversize paste is refused by its length before it reaches the field: a string of more
  // characters than the cap is more bytes than the cap in any encoding. A paste into the
  // many-servers field never reaches it either: it is split into rows at once, and putting a
  // megabyte of certificates into a field costs Chromium a second (issue 25, fault 5).
  root.addEventListener('paste', (event) => {
    const target = event.target;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const field = target instanceof HTMLTextAreaElement ? fieldRefOf(target) : null;
    if (field === null || (text.length <= maxInputBytes && field !== 'bulk')) return;
    event.preventDefault();
    if (text.length > capOf(field)) {
      dispatch({ type: 'refuse', field, refusal: { name: null, code: 'too-large' } });
    } else if (text.trim() !== '') split(text);
  });
  root.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'file') return;
    const field = fieldRefOf(target);
    const files = [...(target.files ?? [])];
    // The picker's own value, not the page's: cleared so that the same file can be picked again.
    target.value = '';
    if (field !== null && files.length > 0) dropFiles(field, files);
  });
  root.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    const zone = event.target instanceof Element ? event.target.closest('[data-drop-zone]') : null;
    dispatch({ type: 'drag', field: zone === null ? null : fieldRefOf(zone) });
  });
  root.addEventListener('dragleave', () => dispatch({ type: 'drag', field: null }));
  root.addEventListener('drop', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (target === null || files.length === 0) return;
    event.preventDefault();
    dispatch({ type: 'drag', field: null });
    const field = dropField(target);
    if (field !== null) dropFiles(field, files);
  });
}

/** Where a drop goes: a row's own field, else (anywhere in step 2) the many-servers input. */
export function dropField(target: Element): FieldRef | null {
  return fieldRefOf(target) ?? (target.closest('[data-server-step]') ? 'bulk' : null);
}
