// The checker's buttons (`data-action`): add, remove, check, clear all, copy and download.
import type { CheckReport } from '../../lib/cert/types.ts';
import { addRow, dropRow, orderedRows, removeRow } from './checker-rows.ts';
import type { CheckerState } from './checker-state.ts';
import { clearResult } from './render-result.ts';
import { copyText, downloadJson, markdownReport } from './report-actions.ts';
import { renumberRows } from './server-rows.ts';

/** Hides the copy fallback, forgetting the report text it held. */
export function hideFallback(state: CheckerState): void {
  state.fallbackText.value = '';
  state.fallback.hidden = true;
}

/** Empties every field down to one blank row, then says so once the results are cleared too. */
function clearAll(state: CheckerState): void {
  const [first, ...others] = orderedRows(state);
  for (const row of others) dropRow(state, row);
  const keep = first ?? addRow(state);
  keep.fqdn.value = '';
  keep.fqdnError.textContent = '';
  keep.fqdn.removeAttribute('aria-invalid');
  keep.field.clear();
  clearResult(keep.result);
  state.reference.clear();
  renumberRows(state.list, state.t);
  hideFallback(state);
  void state.scheduler.run().then(() => {
    state.status.textContent = state.t('actions.cleared.announce');
  });
  state.reference.focus();
}

/** Copies the Markdown report; when the browser refuses, shows it for copying by hand. */
async function copyReport(state: CheckerState, report: CheckReport): Promise<void> {
  const markdown = markdownReport(report, state.reportT, state.lang);
  const copied = await copyText(markdown);
  state.status.textContent = state.t(copied ? 'actions.copy.done' : 'actions.copy.failed');
  state.fallbackText.value = copied ? '' : markdown;
  state.fallback.hidden = copied;
}

/** Performs the action of a `data-action` button. */
export async function act(state: CheckerState, button: HTMLElement): Promise<void> {
  const action = button.dataset['action'];
  const rowElement = button.closest<HTMLLIElement>('[data-server-row]');
  const row = rowElement === null ? undefined : state.rows.get(rowElement);
  const report = state.outcome?.report ?? null;
  if (action === 'add-server') {
    const added = addRow(state);
    added.fqdn.focus();
    state.status.textContent = state.t('server.added.announce', {
      number: orderedRows(state).length,
    });
  } else if (action === 'remove-server' && row !== undefined) {
    removeRow(state, row);
  } else if (action === 'check') {
    await state.scheduler.run();
  } else if (action === 'clear') {
    clearAll(state);
  } else if (action === 'copy' && report !== null) {
    await copyReport(state, report);
  } else if (action === 'download' && report !== null) {
    downloadJson(report, state.reportT);
  }
}
