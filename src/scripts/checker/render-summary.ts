// The overall result (an aria-live region) and the same-CA checklist item's result line.
import type { CheckReport, Status } from '../../lib/cert/types.ts';
import { countVerdicts, formatDateTime } from '../../lib/report/index.ts';
import type { Language } from '../../i18n/languages.ts';
import { bdi, el, withIsolated } from './dom.ts';
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
          at: formatDateTime(report.checkedAt, lang),
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
