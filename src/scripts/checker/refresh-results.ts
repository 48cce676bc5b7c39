// One run of the checker: reads every field, checks them all in the core, then shows the outcome
// at each field, in each row, in the summary and on the report buttons.
import type { CertSource } from './cert-field.ts';
import { hideFallback } from './checker-actions.ts';
import { orderedRows } from './checker-rows.ts';
import type { CheckerState, Row } from './checker-state.ts';
import { clearResult, renderPending, renderResult } from './render-result.ts';
import { renderChecklist, renderSummary, type WaitingReason } from './render-summary.ts';
import { runCheck, type RunOutcome, type ServerInput } from './run-check.ts';
import { showFieldErrors } from './show-field-errors.ts';

/** The rows' inputs for the core, and every row's sources to show their errors at. */
interface ServerInputs {
  readonly servers: ServerInput<HTMLLIElement>[];
  readonly sourcesByRow: Map<Row, CertSource[]>;
}

/** Reads the rows, flagging a certificate without an FQDN right away. */
function collectServers(state: CheckerState): ServerInputs {
  const servers: ServerInput<HTMLLIElement>[] = [];
  const sourcesByRow = new Map<Row, CertSource[]>();
  for (const row of orderedRows(state)) {
    const fqdn = row.fqdn.value.trim();
    const sources = row.field.sources();
    sourcesByRow.set(row, sources);
    const missing = sources.length > 0 && fqdn === '';
    row.fqdnError.textContent = missing ? state.t('error.fqdn.missing') : '';
    if (missing) row.fqdn.setAttribute('aria-invalid', 'true');
    else row.fqdn.removeAttribute('aria-invalid');
    const source = sources[0];
    if (source !== undefined && fqdn !== '') servers.push({ row: row.row, fqdn, source });
  }
  return { servers, sourcesByRow };
}

/** Shows each row's result, or that it waits for a certificate, or nothing. */
function showRows(
  state: CheckerState,
  inputs: ServerInputs,
  next: RunOutcome<HTMLLIElement>,
): void {
  const { t, render } = state;
  for (const [row, sources] of inputs.sourcesByRow) {
    showFieldErrors(row.field, sources, next.errors, render);
    const result = next.results.get(row.row);
    if (result !== undefined) renderResult(row.result, result, render);
    else if (row.fqdn.value.trim() !== '' && sources.length === 0) renderPending(row.result, t);
    else clearResult(row.result);
  }
}

/** Shows the summary, the checklist's same-CA marks and the report buttons. */
function showSummary(
  state: CheckerState,
  inputs: ServerInputs,
  next: RunOutcome<HTMLLIElement>,
): void {
  const { t } = state;
  const hasServer = inputs.servers.some((server) => !next.errors.has(server.source));
  const waiting: WaitingReason = !next.hasReference
    ? hasServer
      ? 'no-reference'
      : 'idle'
    : 'no-server';
  renderSummary(
    state.summary,
    { report: next.report, waiting, inputErrors: next.errors.size > 0 },
    t,
  );
  const servers = next.report?.servers ?? [];
  renderChecklist(
    servers.map((server) => {
      const sameCa = server.checks.find((check) => check.id === 'same-ca')?.status;
      // A request has no same-CA result yet: its row's verdict (a warning at best) stands in.
      const verdict = sameCa === undefined || sameCa === 'not-applicable' ? server.verdict : sameCa;
      return { fqdn: server.fqdn, verdict };
    }),
    t,
  );
  for (const button of state.reportButtons) button.hidden = next.report === null;
}

/** Checks every input and shows the outcome, unless a newer run has started meanwhile. */
export async function refreshResults(state: CheckerState, isCurrent: () => boolean): Promise<void> {
  // Benchmarks read this measure (input collected to results rendered).
  performance.mark('checker:run');
  const references = state.reference.sources();
  const inputs = collectServers(state);
  // The user's own check makes the warm-up pointless from here on: leave the CPU to it.
  if (references.length > 0 || inputs.servers.length > 0) state.stopWarmUp.abort();
  let next: RunOutcome<HTMLLIElement>;
  try {
    next = await runCheck(references, inputs.servers, new Date());
  } catch (error) {
    console.error(error);
    state.status.textContent = state.t('error.unexpected.text');
    return;
  }
  if (!isCurrent()) return;
  performance.measure('checker:core', 'checker:run');
  state.outcome = next;
  showFieldErrors(state.reference, references, next.errors, state.render);
  showRows(state, inputs, next);
  showSummary(state, inputs, next);
  performance.measure('checker:verdict', 'checker:run');
  if (next.report === null) hideFallback(state);
}
