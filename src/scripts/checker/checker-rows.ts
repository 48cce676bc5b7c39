// The wired server rows: adopting, adding and removing them, keeping focus and numbering sane.
import { changeKind } from './change-kind.ts';
import type { CheckerState, Row } from './checker-state.ts';
import { required } from './dom.ts';
import { appendRow, prefillFqdns, renumberRows, rowElements } from './server-rows.ts';

/** Wires a row already in the list (server-rendered or just appended). */
export function adoptRow(state: CheckerState, row: HTMLLIElement): Row {
  const elements = rowElements(row);
  const adopted = { ...elements, field: state.bindField(elements.certField) };
  elements.fqdn.addEventListener('input', (event) => state.scheduler.changed(changeKind(event)));
  state.rows.set(row, adopted);
  return adopted;
}

/** The wired rows in list order. */
export function orderedRows(state: CheckerState): Row[] {
  return [...state.list.querySelectorAll<HTMLLIElement>('[data-server-row]')]
    .map((row) => state.rows.get(row))
    .filter((row): row is Row => row !== undefined);
}

/** Appends a fresh row holding `fqdn`. */
export function addRow(state: CheckerState, fqdn = ''): Row {
  const row = adoptRow(state, appendRow(state.list, state.template));
  row.fqdn.value = fqdn;
  renumberRows(state.list, state.t);
  return row;
}

/** Forgets a row and takes it out of the page, without renumbering. */
export function dropRow(state: CheckerState, row: Row): void {
  state.rows.delete(row.row);
  row.row.remove();
}

/** Removes a row, moves focus to a neighbour (or "Add server") and re-checks. */
export function removeRow(state: CheckerState, row: Row): void {
  const all = orderedRows(state);
  const index = all.indexOf(row);
  const neighbour = all[index + 1] ?? all[index - 1];
  dropRow(state, row);
  renumberRows(state.list, state.t);
  if (neighbour === undefined)
    required(state.root, '[data-action="add-server"]', HTMLButtonElement).focus();
  else neighbour.fqdn.focus();
  state.status.textContent = state.t('server.removed.announce');
  void state.scheduler.run();
}

/** Fills empty rows from `?server=` links, adding rows as needed, then focuses the first gap. */
export function prefillRows(state: CheckerState, search: string): void {
  const prefill = prefillFqdns(search);
  if (prefill.length === 0) return;
  const existing = orderedRows(state);
  prefill.forEach((fqdn, index) => {
    const row = existing[index];
    if (row !== undefined && row.fqdn.value.trim() === '') row.fqdn.value = fqdn;
    else if (row === undefined) addRow(state, fqdn);
  });
  // The link names the servers; their certificates are what the visitor still has to give.
  const firstEmpty = orderedRows(state).find((row) => row.field.sources().length === 0);
  firstEmpty?.field.focus();
  firstEmpty?.row.scrollIntoView({ block: 'center' });
}
