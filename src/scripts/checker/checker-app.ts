// The checker island: one state, changed only by actions, rendered after each; checks run in the
// worker. A keystroke: bind-events → here → reduce-state → scheduler → build-request →
// worker-client → (worker: check-worker → check-job) → reduce-state → render-results.
import { defaultLanguage, isLanguage } from '../../i18n/languages.ts';
import { bindEvents, filesAction, fieldRefOf, typedBeforeStart } from './bind-events.ts';
import { buildRequest, fieldInputs } from './build-request.ts';
import { initialState, type Action, type CheckerState } from './checker-state.ts';
import { coreMessages } from './core-message.ts';
import { createCheckWorker } from './create-worker.ts';
import { openAllDetails } from './lazy-details.ts';
import { loadStrings } from './load-strings.ts';
import type { PendingInput } from './pending-input.ts';
import { changeOf, reduce } from './reduce-state.ts';
import { focusRequested } from './render-focus.ts';
import { createInputsView } from './render-inputs.ts';
import { createResultsView, usableReport } from './render-results.ts';
import { copyText, downloadJson, markdownReport } from './report-actions.ts';
import { createScheduler } from './scheduler.ts';
import { prefillFqdns } from './prefill.ts';
import { createTranslate } from './translate.ts';
import { warmUpPage, warmUpRendering } from './warm-up-page.ts';
import { createWorkerClient } from './worker-client.ts';

/** Starts the checker in `root`, then replays what the user did while it loaded. */
export async function startChecker(root: HTMLElement, pending: PendingInput): Promise<void> {
  const langAttribute = root.dataset['lang'] ?? '';
  const lang = isLanguage(langAttribute) ? langAttribute : defaultLanguage;
  const strings = await loadStrings(lang);
  const t = createTranslate(lang, strings);
  // The same translator: the report renderers and core messages use its prefixed keys.
  const reportT = t;
  const s = { t, message: coreMessages(reportT, lang), lang };
  const renderInputs = createInputsView(root, s);
  const renderResults = createResultsView(root, s);
  const status = root.querySelector<HTMLElement>('[data-checker-status]');
  const fallback = root.querySelector<HTMLElement>('[data-report-fallback]');
  const fallbackText = root.querySelector<HTMLTextAreaElement>('[data-report-text]');

  let state: CheckerState = { ...initialState, today: new Date().toISOString().slice(0, 10) };
  let lastId = 0;
  const client = createWorkerClient({
    create: createCheckWorker,
    onResponse: (message) => {
      dispatch({ type: 'response', message });
      // Benchmarks read this measure (request sent to results rendered).
      if (message.type === 'report') performance.measure('checker:verdict', 'checker:run');
    },
    onWarmed: (report) => warmUpRendering(report, s),
    onSlow: (id) => dispatch({ type: 'slow', id }),
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
  });
  const scheduler = createScheduler(check, {
    set: (callback, ms) => window.setTimeout(callback, ms),
    clear: (handle) => window.clearTimeout(handle),
  });

  function check(): void {
    performance.mark('checker:run');
    const { message, sent } = buildRequest(state, ++lastId, Date.now());
    // The worker starts first; answers arrive in later tasks, after the state knows the request.
    client.send(message);
    dispatch({ type: 'sent', sent });
  }

  function split(): void {
    const inputs = fieldInputs('bulk', state.bulk).map((entry) => entry.input);
    if (inputs.length === 0) return;
    const id = ++lastId;
    dispatch({ type: 'split-sent', id });
    client.send({ type: 'split', id, inputs });
  }

  let inputsDue = false;
  function renderInputsSoon(): void {
    if (inputsDue) return;
    inputsDue = true;
    window.setTimeout(() => {
      inputsDue = false;
      renderInputs(state);
    }, 0);
  }

  function dispatch(action: Action): void {
    const before = state;
    state = reduce(state, action);
    // Superseded answers leave the state as it was: nothing to render, nothing to check.
    if (state === before) return;
    // A check's answer shows its verdicts at once; the fields' recognized lines and errors it
    // also brings follow in the next task, so the answer is on the page sooner.
    const answer = action.type === 'response' && action.message.type !== 'split';
    if (answer) renderInputsSoon();
    else renderInputs(state);
    renderResults(state);
    if (state.announcement !== null && state.announcement !== before.announcement && status) {
      status.textContent = t(state.announcement.key, state.announcement.params);
    }
    focusRequested(root, before.focus, state.focus);
    const change = changeOf(action);
    if (change !== null) scheduler.changed(change);
    const bulkEdit =
      (action.type === 'edit-text' && action.kind === 'whole') || action.type === 'add-files';
    if (bulkEdit && action.field === 'bulk') split();
  }

  async function act(button: HTMLElement): Promise<void> {
    const action = button.dataset['action'];
    const report = usableReport(state.outcome);
    if (action === 'add-server') dispatch({ type: 'add-row', fqdns: [], focus: true });
    else if (action === 'remove-server') {
      const row = Number(button.closest<HTMLElement>('[data-server-row]')?.dataset['rowId']);
      dispatch({ type: 'remove-row', row });
    } else if (action === 'remove-file') {
      const field = fieldRefOf(button);
      const file = Number(button.dataset['fileId']);
      if (field !== null) dispatch({ type: 'remove-file', field, file });
    } else if (action === 'check') scheduler.runNow();
    else if (action === 'clear') dispatch({ type: 'clear' });
    else if (action === 'copy' && report !== null) {
      const markdown = markdownReport(report, reportT, lang);
      const copied = await copyText(markdown);
      if (status) status.textContent = t(copied ? 'actions.copy.done' : 'actions.copy.failed');
      if (fallback && fallbackText) {
        fallbackText.value = copied ? '' : markdown;
        fallback.hidden = copied;
      }
    } else if (action === 'download' && report !== null) downloadJson(report, reportT);
  }

  pending.close();
  bindEvents(root, dispatch, (button) => void act(button));
  window.addEventListener('beforeprint', () => openAllDetails(root));
  // What came before the checker: text typed while it loaded, ?server= links, files in pickers,
  // drops, then clicks. Read once here, as the initial state; from now on events carry it.
  for (const action of typedBeforeStart(root)) dispatch(action);
  const [first, ...more] = prefillFqdns(window.location.search);
  if (first !== undefined) {
    dispatch({ type: 'edit-fqdn', row: 1, fqdn: first });
    if (more.length > 0) dispatch({ type: 'add-row', fqdns: more, focus: false });
    root.querySelector<HTMLTextAreaElement>('[data-server-row] [data-cert-text]')?.focus();
  }
  for (const picker of root.querySelectorAll<HTMLInputElement>('input[type=file]')) {
    const field = fieldRefOf(picker);
    const files = [...(picker.files ?? [])];
    picker.value = '';
    if (field !== null && files.length > 0) dispatch(await filesAction(field, files));
  }
  for (const drop of pending.drops) {
    const field = fieldRefOf(drop.target);
    if (field !== null) dispatch(await filesAction(field, drop.files));
  }
  for (const button of pending.clicks) if (button.isConnected) await act(button);
  scheduler.start();
  scheduler.runNow();
  window.setTimeout(() => warmUpPage(lang), 0);
  // Tests and benchmarks wait for this: from here on, every input is the checker's.
  root.dataset['checkerReady'] = '';
}
