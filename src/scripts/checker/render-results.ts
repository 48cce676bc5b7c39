// Step 3 from the state: the overall verdict with its counts, the overview (one line per server
// with every failing reason), progress for a slow check, the report buttons, each server's full
// result and the checklist's same-CA line. Rebuilt only when a new outcome arrives.
import type { CheckReport, ServerResult, Status } from '../../lib/cert/types.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { checkLabel, countVerdicts } from '../../lib/report/index.ts';
import type { Language } from '../../i18n/languages.ts';
import type { CheckerState, Outcome } from './checker-state.ts';
import { bdi, el, required, setHidden, setText, withIsolated } from './dom.ts';
import { renderResult, resultId, type RenderStrings } from './render-result.ts';
import type { CheckerKey, Translate } from './translate.ts';
import { verdictBadge, verdictWord } from './verdict-badge.ts';

/** Why there is no report yet, when there is none. */
export type WaitingReason = 'idle' | 'no-reference' | 'no-server';

const waitingKeys: Readonly<Record<WaitingReason, CheckerKey>> = {
  idle: 'summary.idle.text',
  'no-reference': 'summary.no-reference.text',
  'no-server': 'summary.no-server.text',
};

/** What the summary shows. */
export interface SummaryView {
  readonly report: CheckReport | null;
  readonly waiting: WaitingReason;
  readonly inputErrors: boolean;
  /** True when the instant is a chosen day rather than now. */
  readonly chosenDay: boolean;
}

/** Renders the overall summary; `data-verdict` is set only when there is a report. */
export function renderSummary(
  target: HTMLElement,
  view: SummaryView,
  s: { readonly t: Translate; readonly lang: Language },
): void {
  const { t, lang } = s;
  const { report, waiting, inputErrors } = view;
  const lines: HTMLElement[] = [];
  if (report === null) {
    delete target.dataset['verdict'];
    lines.push(el('p', {}, [t(waitingKeys[waiting])]));
  } else {
    target.dataset['verdict'] = report.verdict;
    const counts = countVerdicts(report.servers.map((server) => server.verdict));
    lines.push(
      el('p', { class: 'summary-verdict' }, [
        verdictBadge(report.verdict, t),
        ' ',
        t('summary.result.text', { total: report.servers.length, ...counts }),
      ]),
      el('p', { 'data-checked-at': report.checkedAt.toISOString() }, [
        t(view.chosenDay ? 'summary.checked-on.text' : 'summary.checked-now.text', {
          at: formatDate(lang, report.checkedAt, 'minute'),
        }),
      ]),
      ...report.referenceCas.map((ca) =>
        el(
          'p',
          {},
          withIsolated((p) => t('summary.reference.text', p), 'ca', ca.subject),
        ),
      ),
    );
  }
  if (inputErrors) lines.push(el('p', {}, [t('summary.input-errors.text')]));
  target.replaceChildren(...lines);
}

/** Shows every server's verdict in the checklist items that name the same-CA check. */
export function renderChecklist(
  servers: readonly { readonly fqdn: string; readonly verdict: Status }[],
  t: Translate,
): void {
  for (const item of document.querySelectorAll<HTMLElement>('[data-check-result="same-ca"]')) {
    if (servers.length === 0) {
      item.replaceChildren();
      item.hidden = true;
      delete item.dataset['verdict'];
      continue;
    }
    const text = servers
      .map((server) =>
        t('checklist.server.text', { fqdn: server.fqdn, verdict: verdictWord(server.verdict, t) }),
      )
      .join('; ');
    item.replaceChildren(bdi(t('checklist.result.text', { servers: text })));
    item.hidden = false;
  }
}

/** One overview row, linking to the row's full result. */
export function overviewRow(row: number, result: ServerResult, s: RenderStrings): HTMLLIElement {
  const { t, message } = s;
  const flagged = result.checks.filter((check) => check.status !== 'pass');
  return el(
    'li',
    { class: 'overview-row', 'data-overview-fqdn': result.fqdn, 'data-verdict': result.verdict },
    [
      el('p', { class: 'overview-head' }, [
        verdictBadge(result.verdict, t),
        ' ',
        el('a', { href: `#${resultId(row)}` }, [bdi(result.fqdn)]),
        ' ',
        el('span', { class: 'overview-evidence' }, [t(`evidence.${result.sameCa}.short`)]),
      ]),
      ...(flagged.length === 0
        ? []
        : [
            el(
              'ul',
              { class: 'overview-reasons' },
              flagged.map((check) =>
                el('li', { 'data-check-id': check.id, 'data-status': check.status }, [
                  el('strong', {}, [checkLabel(check.id, t, result.inputKind)]),
                  ': ',
                  bdi(message(check.message)),
                ]),
              ),
            ),
          ]),
    ],
  );
}

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
    setHidden(progress, !state.slow);
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
      checked.map(({ result }) => {
        const sameCa = result.checks.find((check) => check.id === 'same-ca')?.status;
        // A request has no same-CA result yet: its row's verdict (a warning at best) stands in.
        const verdict =
          sameCa === undefined || sameCa === 'not-applicable' ? result.verdict : sameCa;
        return { fqdn: result.fqdn, verdict };
      }),
      t,
    );
  };
}
