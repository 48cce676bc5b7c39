// The one object the checker's modules share, so they take it as an argument instead of reaching
// into each other's closures.
import type { Language } from '../../i18n/languages.ts';
import { maxInputBytes } from '../../lib/cert/index.ts';
import type { Translate as ReportTranslate } from '../../lib/report/index.ts';
import { bindCertField, type CertField } from './cert-field.ts';
import { coreMessages } from './core-message.ts';
import { required } from './dom.ts';
import type { RenderStrings } from './render-result.ts';
import type { RunOutcome } from './run-check.ts';
import type { RunScheduler } from './run-scheduler.ts';
import type { ServerRowElements } from './server-rows.ts';
import type { Translate } from './translate.ts';

/** One server row: its elements and its wired certificate field. */
export interface Row extends ServerRowElements {
  readonly field: CertField;
}

/** The checker's markup, strings, wired fields and latest outcome. */
export interface CheckerState {
  readonly root: HTMLElement;
  readonly lang: Language;
  readonly t: Translate;
  /** The report renderers' translate (`cli:…`, `messages:…`). */
  readonly reportT: ReportTranslate;
  readonly render: RenderStrings;
  readonly list: HTMLOListElement;
  readonly template: HTMLTemplateElement;
  readonly summary: HTMLElement;
  /** The live region: announcements go here, never to focus. */
  readonly status: HTMLElement;
  readonly fallback: HTMLElement;
  readonly fallbackText: HTMLTextAreaElement;
  readonly reportButtons: NodeListOf<HTMLButtonElement>;
  /** Wired rows by element; the list's DOM order is the rows' order. */
  readonly rows: Map<HTMLLIElement, Row>;
  readonly reference: CertField;
  readonly scheduler: RunScheduler;
  /** Aborted once the user's own check needs the CPU more than the warm-up does. */
  readonly stopWarmUp: AbortController;
  /** The newest shown outcome: what Copy and Download report. */
  outcome: RunOutcome<HTMLLIElement> | null;
  /** Wires a certificate field so that its edits reach the scheduler. */
  bindField(element: HTMLElement): CertField;
}

/** What start-up has ready before the markup is read. */
export interface StateOptions {
  readonly lang: Language;
  readonly t: Translate;
  readonly reportT: ReportTranslate;
  readonly scheduler: RunScheduler;
  readonly stopWarmUp: AbortController;
}

/** Reads the checker's markup and wires the reference field; server rows are adopted later. */
export function createCheckerState(root: HTMLElement, options: StateOptions): CheckerState {
  const { lang, t, reportT, scheduler, stopWarmUp } = options;
  const message = coreMessages(reportT, lang);
  const list = required(root, '[data-server-list]', HTMLOListElement);
  const template = required(root, '[data-server-template]', HTMLTemplateElement);
  const summary = required(root, '[data-checker-summary]', HTMLElement);
  const status = required(root, '[data-checker-status]', HTMLElement);
  const fallback = required(root, '[data-report-fallback]', HTMLElement);
  const fallbackText = required(root, '[data-report-text]', HTMLTextAreaElement);
  const reportButtons = root.querySelectorAll<HTMLButtonElement>('[data-needs-report]');
  const pkcs12 = message({ key: 'input.error.pkcs12', params: {} });
  const refuseByName = (name: string): string | null =>
    /\.(pfx|p12)$/i.test(name)
      ? `${t('error.source.text', { name, message: pkcs12 })} ${t('error.cleared.text')}`
      : null;
  const bindField = (element: HTMLElement): CertField =>
    bindCertField(element, {
      t,
      maxBytes: maxInputBytes,
      onChange: (kind) => scheduler.changed(kind),
      refuseByName,
    });
  const reference = bindField(
    required(root, '[data-cert-field]:has(#checker-reference)', HTMLElement),
  );
  return {
    root,
    lang,
    t,
    reportT,
    render: { t, message, lang },
    list,
    template,
    summary,
    status,
    fallback,
    fallbackText,
    reportButtons,
    rows: new Map<HTMLLIElement, Row>(),
    reference,
    scheduler,
    stopWarmUp,
    outcome: null,
    bindField,
  };
}
