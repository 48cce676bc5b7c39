// The checker island: wires fields, rows and buttons to the core. No checker logic lives here.
import { maxInputBytes } from '../../lib/cert/index.ts';
import { defaultLanguage, isLanguage } from '../../i18n/languages.ts';
import { bindCertField, type CertField, type CertSource } from './cert-field.ts';
import { changeKind, type ChangeKind } from './change-kind.ts';
import { coreMessages } from './core-message.ts';
import { openAllDetails } from './lazy-details.ts';
import { showFieldErrors } from './show-field-errors.ts';
import { required } from './dom.ts';
import { loadStrings } from './load-strings.ts';
import type { PendingInput } from './loader.ts';
import { clearResult, renderPending, renderResult } from './render-result.ts';
import { renderChecklist, renderSummary, type WaitingReason } from './render-summary.ts';
import { copyText, downloadJson, markdownReport, reportTranslate } from './report-actions.ts';
import { runCheck, type RunOutcome, type ServerInput } from './run-check.ts';
import {
  appendRow,
  prefillFqdns,
  renumberRows,
  rowElements,
  type ServerRowElements,
} from './server-rows.ts';
import { createTranslate } from './translate.ts';
import { trainParserWhenIdle, warmUpWhenIdle } from './warm-up.ts';

interface Row extends ServerRowElements {
  readonly field: CertField;
}

/** Starts the checker in `root`, then replays the button clicks that came before it was ready. */
export async function startChecker(root: HTMLElement, pending: PendingInput): Promise<void> {
  const langAttribute = root.dataset['lang'] ?? '';
  const lang = isLanguage(langAttribute) ? langAttribute : defaultLanguage;
  // Started first: the strings load over the network meanwhile, which leaves the browser idle.
  const stopWarmUp = new AbortController();
  const warmedUp = warmUpWhenIdle(stopWarmUp.signal);
  const strings = await loadStrings(lang);
  const t = createTranslate(strings.checker);
  const reportT = reportTranslate(strings);
  pending.close();
  const message = coreMessages(reportT, lang);
  const render = { t, message, lang };
  const errorStrings = { t, message };
  const list = required(root, '[data-server-list]', HTMLOListElement);
  const template = required(root, '[data-server-template]', HTMLTemplateElement);
  const summary = required(root, '[data-checker-summary]', HTMLElement);
  const status = required(root, '[data-checker-status]', HTMLElement);
  const fallback = required(root, '[data-report-fallback]', HTMLElement);
  const fallbackText = required(root, '[data-report-text]', HTMLTextAreaElement);
  const reportButtons = root.querySelectorAll<HTMLButtonElement>('[data-needs-report]');
  const rows = new Map<HTMLLIElement, Row>();
  let outcome: RunOutcome<HTMLLIElement> | null = null;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  };
  // Until start-up is done its own final run covers every replayed change.
  const changed = (kind: ChangeKind): void => {
    if (kind === 'typing' || !started) schedule();
    else void run();
  };
  const pkcs12 = message({ key: 'input.error.pkcs12', params: {} });
  const refuseByName = (name: string): string | null =>
    /\.(pfx|p12)$/i.test(name)
      ? `${t('error.source.text', { name, message: pkcs12 })} ${t('error.cleared.text')}`
      : null;
  const bind = (element: HTMLElement): CertField =>
    bindCertField(element, { t, maxBytes: maxInputBytes, onChange: changed, refuseByName });
  const reference = bind(required(root, '[data-cert-field]:has(#checker-reference)', HTMLElement));

  function adopt(row: HTMLLIElement): Row {
    const elements = rowElements(row);
    const adopted = { ...elements, field: bind(elements.certField) };
    elements.fqdn.addEventListener('input', (event) => changed(changeKind(event)));
    rows.set(row, adopted);
    return adopted;
  }

  function orderedRows(): Row[] {
    return [...list.querySelectorAll<HTMLLIElement>('[data-server-row]')]
      .map((row) => rows.get(row))
      .filter((row): row is Row => row !== undefined);
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    const current = ++generation;
    // Benchmarks read this measure (input collected to results rendered).
    performance.mark('checker:run');
    const references = reference.sources();
    const serverInputs: ServerInput<HTMLLIElement>[] = [];
    const sourcesByRow = new Map<Row, CertSource[]>();
    for (const row of orderedRows()) {
      const fqdn = row.fqdn.value.trim();
      const sources = row.field.sources();
      sourcesByRow.set(row, sources);
      const missing = sources.length > 0 && fqdn === '';
      row.fqdnError.textContent = missing ? t('error.fqdn.missing') : '';
      if (missing) row.fqdn.setAttribute('aria-invalid', 'true');
      else row.fqdn.removeAttribute('aria-invalid');
      const source = sources[0];
      if (source !== undefined && fqdn !== '') serverInputs.push({ row: row.row, fqdn, source });
    }
    // The user's own check makes the warm-up pointless from here on: leave the CPU to it.
    if (references.length > 0 || serverInputs.length > 0) stopWarmUp.abort();
    let next: RunOutcome<HTMLLIElement>;
    try {
      next = await runCheck(references, serverInputs, new Date());
    } catch (error) {
      console.error(error);
      status.textContent = t('error.unexpected.text');
      return;
    }
    if (current !== generation) return;
    performance.measure('checker:core', 'checker:run');
    outcome = next;
    showFieldErrors(reference, references, next.errors, errorStrings);
    for (const [row, sources] of sourcesByRow) {
      showFieldErrors(row.field, sources, next.errors, errorStrings);
      const result = next.results.get(row.row);
      if (result !== undefined) renderResult(row.result, result, render);
      else if (row.fqdn.value.trim() !== '' && sources.length === 0) renderPending(row.result, t);
      else clearResult(row.result);
    }
    const hasServer = serverInputs.some((server) => !next.errors.has(server.source));
    const waiting: WaitingReason = !next.hasReference
      ? hasServer
        ? 'no-reference'
        : 'idle'
      : 'no-server';
    renderSummary(summary, { report: next.report, waiting, inputErrors: next.errors.size > 0 }, t);
    const servers = next.report?.servers ?? [];
    renderChecklist(
      servers.map((server) => ({
        fqdn: server.fqdn,
        verdict: server.checks.find((check) => check.id === 'same-ca')?.status ?? server.verdict,
      })),
      t,
    );
    for (const button of reportButtons) button.hidden = next.report === null;
    performance.measure('checker:verdict', 'checker:run');
    if (next.report === null) hideFallback();
  }

  function hideFallback(): void {
    fallbackText.value = '';
    fallback.hidden = true;
  }

  function addRow(fqdn = ''): Row {
    const row = adopt(appendRow(list, template));
    row.fqdn.value = fqdn;
    renumberRows(list, t);
    return row;
  }

  function removeRow(row: Row): void {
    const all = orderedRows();
    const index = all.indexOf(row);
    const neighbour = all[index + 1] ?? all[index - 1];
    rows.delete(row.row);
    row.row.remove();
    renumberRows(list, t);
    if (neighbour === undefined)
      required(root, '[data-action="add-server"]', HTMLButtonElement).focus();
    else neighbour.fqdn.focus();
    status.textContent = t('server.removed.announce');
    void run();
  }

  function clearAll(): void {
    const [first, ...others] = orderedRows();
    for (const row of others) {
      rows.delete(row.row);
      row.row.remove();
    }
    const keep = first ?? addRow();
    keep.fqdn.value = '';
    keep.fqdnError.textContent = '';
    keep.fqdn.removeAttribute('aria-invalid');
    keep.field.clear();
    clearResult(keep.result);
    reference.clear();
    renumberRows(list, t);
    hideFallback();
    void run().then(() => {
      status.textContent = t('actions.cleared.announce');
    });
    reference.focus();
  }

  async function act(button: HTMLElement): Promise<void> {
    const action = button.dataset['action'];
    const rowElement = button.closest<HTMLLIElement>('[data-server-row]');
    const row = rowElement === null ? undefined : rows.get(rowElement);
    const report = outcome?.report ?? null;
    if (action === 'add-server') {
      const added = addRow();
      added.fqdn.focus();
      status.textContent = t('server.added.announce', { number: orderedRows().length });
    } else if (action === 'remove-server' && row !== undefined) {
      removeRow(row);
    } else if (action === 'check') {
      await run();
    } else if (action === 'clear') {
      clearAll();
    } else if (action === 'copy' && report !== null) {
      const markdown = markdownReport(report, reportT, lang);
      const copied = await copyText(markdown);
      status.textContent = t(copied ? 'actions.copy.done' : 'actions.copy.failed');
      fallbackText.value = copied ? '' : markdown;
      fallback.hidden = copied;
    } else if (action === 'download' && report !== null) {
      downloadJson(report, reportT);
    }
  }

  async function replay(input: PendingInput): Promise<void> {
    const fields = new Map<Element, CertField>([
      [reference.root, reference],
      ...[...rows.values()].map((row): [Element, CertField] => [row.certField, row.field]),
    ]);
    // Files picked before the checker loaded are still waiting in their inputs.
    for (const [element, field] of fields) {
      const picker = element.querySelector('input[type=file]');
      if (!(picker instanceof HTMLInputElement) || !picker.files?.length) continue;
      const files = [...picker.files];
      picker.value = '';
      await field.addFiles(files);
    }
    for (const drop of input.drops) {
      const element = drop.target.closest('[data-cert-field]');
      const field = element === null ? undefined : fields.get(element);
      if (field !== undefined) await field.addFiles(drop.files);
    }
    for (const button of input.clicks) if (button.isConnected) await act(button);
  }

  for (const row of list.querySelectorAll<HTMLLIElement>('[data-server-row]')) adopt(row);
  // Printed results should show their checks and details, not closed disclosures.
  window.addEventListener('beforeprint', () => openAllDetails(root));
  root.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
    if (button !== null) void act(button);
  });

  const prefill = prefillFqdns(window.location.search);
  if (prefill.length > 0) {
    const existing = orderedRows();
    prefill.forEach((fqdn, index) => {
      const row = existing[index];
      if (row !== undefined && row.fqdn.value.trim() === '') row.fqdn.value = fqdn;
      else if (row === undefined) addRow(fqdn);
    });
    const firstEmpty = orderedRows().find((row) => row.field.sources().length === 0);
    firstEmpty?.field.focus();
    firstEmpty?.row.scrollIntoView({ block: 'center' });
  }
  await replay(pending);
  started = true;
  await run();
  // Rendering the warm-up's result where nobody sees it compiles the result renderer too.
  const warm = (await warmedUp)?.servers[0];
  if (warm !== undefined) renderResult(document.createElement('div'), warm, render);
  await trainParserWhenIdle(stopWarmUp.signal);
}
