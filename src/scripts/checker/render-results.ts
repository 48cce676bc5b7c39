// Step 3 from the state: the overall verdict with its counts, the overview (one line per server
// with every failing reason), progress for a slow check, the report buttons, each server's full
// result and the checklist's same-CA line. Rebuilt only when a new outcome arrives.
import type { CheckReport } from '../../lib/cert/types.ts';
import type { CheckerState, Outcome } from './checker-state.ts';
import { el, required, setText } from './dom.ts';
import { overviewRow } from './render-overview.ts';
import { renderResult, type RenderStrings } from './render-result.ts';
import { renderChecklist, renderSummary, type WaitingReason } from './render-summary.ts';

/** The report that Copy and Download give: null until a reference and a server were usable. */
export function usableReport(outcome: Outcome | null): CheckReport | null {
  const report = outcome?.report ?? null;
  if (report === null || report.missingReference === true || report.referenceCas.length === 0) {
    return null;
  }
  return report.servers.length > 0 ? report : null;
}

function waitingReason(outcome: Outcome | null): WaitingReason {
  const report = outcome?.report ?? null;
  const hasReference =
    report !== null && report.missingReference !== true && report.referenceCas.length > 0;
  if (hasReference) return 'no-server';
  const hasServer = [...(outcome?.sources ?? [])].some(
    ([key, source]) => typeof source.field === 'number' && !outcome?.errors.has(key),
  );
  return hasServer ? 'no-reference' : 'idle';
}

/** Renders step 3 whenever the outcome or the progress changes. */
export function createResultsView(
  root: HTMLElement,
  s: RenderStrings,
): (state: CheckerState) => void {
  const { t } = s;
  const summary = required(root, '[data-checker-summary]', HTMLElement);
  const progress = required(root, '[data-checker-progress]', HTMLElement);
  const overview = required(root, '[data-overview]', HTMLOListElement);
  const results = required(root, '[data-results]', HTMLElement);
  const fallback = required(root, '[data-report-fallback]', HTMLElement);
  const fallbackText = required(root, '[data-report-text]', HTMLTextAreaElement);
  const reportButtons = root.querySelectorAll<HTMLButtonElement>('[data-needs-report]');
  let shown: Outcome | null | undefined;

  return (state) => {
    progress.hidden = !state.slow;
    setText(
      progress,
      state.progress === null
        ? t('progress.text')
        : t('progress.count.text', { done: state.progress.done, total: state.progress.total }),
    );
    if (state.outcome === shown) return;
    const outcome = state.outcome;
    shown = outcome;
    const report = usableReport(outcome);
    renderSummary(
      summary,
      {
        report,
        waiting: waitingReason(outcome),
        inputErrors: (outcome?.errors.size ?? 0) > 0,
        chosenDay: state.day !== '',
      },
      s,
    );
    const checked = state.rows.flatMap((row) => {
      const result = report === null ? undefined : outcome?.results.get(row.id);
      return result === undefined ? [] : [{ row: row.id, result }];
    });
    const waitingRows = state.rows.filter(
      (row) =>
        row.fqdn.trim() !== '' && row.field.text.trim() === '' && row.field.files.length === 0,
    );
    overview.replaceChildren(
      ...checked.map(({ row, result }) => overviewRow(row, result, s)),
      ...waitingRows.map((row) =>
        el('li', { class: 'overview-row' }, [
          el('p', {}, [t('server.pending.text', { fqdn: row.fqdn.trim() })]),
        ]),
      ),
    );
    overview.hidden = overview.children.length === 0;
    results.replaceChildren(...checked.map(({ row, result }) => renderResult(row, result, s)));
    for (const button of reportButtons) button.hidden = report === null;
    if (report === null) {
      fallbackText.value = '';
      fallback.hidden = true;
    }
    renderChecklist(
      checked.map(({ result }) => ({
        fqdn: result.fqdn,
        verdict: result.checks.find((check) => check.id === 'same-ca')?.status ?? result.verdict,
      })),
      t,
    );
  };
}
