// The checker on the page: one state, changed only by actions, rendered after each; checks run in
// the worker. A keystroke in a server's FQDN field: the input event here becomes an action →
// reduce.ts → checks.ts (typing pause, request sent) → worker/worker.ts → checks.ts → here →
// reduce.ts (the answer placed by its server's index) → render.ts → render-servers.ts.
import { defaultLanguage, isLanguage } from '../../../i18n/languages.ts';
import { changeOf, createChecks } from './checks.ts';
import { createCheckWorker } from './create-worker.ts';
import { bindFiles, dropField, fieldRefOf, filesAction, rowIdOf } from './files.ts';
import { loadBundleStrings, loadStrings } from './load-strings.ts';
import type { WorkerAnswer } from '../protocol.ts';
import type { PendingInput } from './pending-input.ts';
import type * as HandOn from './report-actions.ts';
import { isCalendarDay, linkedServers, runbookLink } from './prefill.ts';
import { reduce } from './reduce.ts';
import { requestOf } from './request-of.ts';
import { createRender, usableReport } from './render.ts';
import { fieldInputs, initialState, type Action, type CheckerState } from './state.ts';
import { createPageText } from './translate.ts';

/** The buttons whose actions live in report-actions.ts, loaded when a person reaches for one. */
const handOnButtons = '[data-action^="copy"], [data-action="download"]';

/** report-actions.ts with the reports' translator. */
type ReportActions = typeof HandOn & {
  readonly t: Awaited<ReturnType<typeof HandOn.reportTranslate>>;
};

/** Edits made before the checker's listeners existed, as actions (read once, at start-up). */
function typedBeforeStart(root: HTMLElement): Action[] {
  const actions: Action[] = [];
  for (const text of root.querySelectorAll<HTMLTextAreaElement>('[data-cert-text]')) {
    const field = fieldRefOf(text);
    if (field !== null && text.value !== '') {
      actions.push({ type: 'edit-text', field, text: text.value, kind: 'typing' });
    }
  }
  for (const fqdn of root.querySelectorAll<HTMLInputElement>('[data-fqdn-input]')) {
    const row = rowIdOf(fqdn);
    if (row !== null && fqdn.value !== '')
      actions.push({ type: 'edit-fqdn', row, fqdn: fqdn.value });
  }
  for (const select of root.querySelectorAll<HTMLSelectElement>('[data-role-select]')) {
    const row = rowIdOf(select);
    if (row !== null && select.value === 'front-end') {
      actions.push({ type: 'set-role', row, role: 'front-end' });
    }
  }
  const day = root.querySelector<HTMLInputElement>('[data-check-date]');
  if (day !== null && day.value !== '') actions.push({ type: 'set-day', day: day.value });
  return actions;
}

/** A paste or a drop is a whole input, checked at once; keystrokes wait for a pause. */
const changeKind = (event: Event): 'typing' | 'whole' =>
  event instanceof InputEvent &&
  (event.inputType.startsWith('insertFromPaste') || event.inputType === 'insertFromDrop')
    ? 'whole'
    : 'typing';

/** Starts the checker in `root`, then replays what the user did while it loaded. */
export async function startChecker(root: HTMLElement, pending: PendingInput): Promise<void> {
  const langAttribute = root.dataset['lang'] ?? '';
  const lang = isLanguage(langAttribute) ? langAttribute : defaultLanguage;
  const strings = await loadStrings(lang);
  const text = createPageText(lang, strings);
  const render = createRender(root, text);
  let state: CheckerState = { ...initialState, today: new Date().toISOString().slice(0, 10) };
  let lastId = 0;
  const checks = createChecks({
    create: createCheckWorker,
    run: check,
    onAnswer: (message) => {
      if (message.type === 'split') {
        void placeSplit(message);
        return;
      }
      dispatch({ type: 'answer', message });
      // Benchmarks read this measure (request sent to results rendered).
      if (message.type === 'report') performance.measure('checker:verdict', 'checker:run');
    },
    onSlow: (id) => dispatch({ type: 'slow', id }),
    onFailed: () => dispatch({ type: 'worker-failed' }),
    timers: {
      set: (run, ms) => window.setTimeout(run, ms),
      clear: (handle) => window.clearTimeout(handle),
    },
  });

  function check(): void {
    performance.mark('checker:run');
    const { message, sent } = requestOf(state, ++lastId, Date.now());
    // The worker starts first; answers arrive in later tasks, after the state knows the request.
    checks.send(message);
    dispatch({ type: 'sent', sent });
  }

  // What places a split answer in the rows (bulk-fill.ts, with fill-labelled.ts) loads with the
  // first split, since a check never needs it; a failed load is tried again with the next split.
  let bulkFill: Promise<typeof import('./bulk-fill.ts')> | undefined;
  function loadBulkFill(): Promise<typeof import('./bulk-fill.ts')> {
    bulkFill ??= import('./bulk-fill.ts');
    bulkFill.catch(() => {
      bulkFill = undefined;
    });
    return bulkFill;
  }

  async function placeSplit(message: Extract<WorkerAnswer, { type: 'split' }>): Promise<void> {
    // A bundle's strings come with the first bundle, before anything says what it held.
    const bundle = message.inputs.some(
      (i) => i.bundle !== null || i.error?.message.key.startsWith('bundle:'),
    );
    const bundleStrings = bundle ? loadBundleStrings(strings, lang).catch(() => undefined) : null;
    let placement: typeof import('./bulk-fill.ts');
    try {
      [placement] = await Promise.all([loadBulkFill(), bundleStrings]);
    } catch {
      // Without its placement the answer cannot be shown: the page says so and offers a retry.
      dispatch({ type: 'worker-failed' });
      return;
    }
    dispatch({ type: 'answer', message, fillRows: placement.fillRows });
  }

  function split(inputs = fieldInputs('bulk', state.bulk).map((entry) => entry.input)): void {
    if (inputs.length === 0) return;
    void loadBulkFill().catch(() => undefined);
    const id = ++lastId;
    dispatch({ type: 'split-sent', id });
    checks.send({ type: 'split', id, inputs });
  }

  function dispatch(action: Action): void {
    const before = state;
    state = reduce(state, action);
    // Superseded answers leave the state as it was: nothing to render, nothing to check.
    if (state === before) return;
    render(state);
    const change = changeOf(action);
    if (change !== null) checks.changed(change);
    const bulkEdit =
      (action.type === 'edit-text' && action.kind === 'whole') || action.type === 'add-files';
    if (bulkEdit && action.field === 'bulk') split();
  }

  // Loaded on the first pointer over or focus on such a button, so that a click finds it ready
  // and writes to the clipboard while the click is still being handled, as some browsers
  // require; a failed load is tried again.
  let reportActions: Promise<ReportActions> | undefined;
  let loaded: ReportActions | undefined;
  function loadHandOn(): Promise<ReportActions> {
    reportActions ??= import('./report-actions.ts').then(async (actions) => {
      loaded = { ...actions, t: await actions.reportTranslate(lang, strings) };
      return loaded;
    });
    reportActions.catch(() => {
      reportActions = undefined;
    });
    return reportActions;
  }

  async function act(button: HTMLElement): Promise<void> {
    const action = button.dataset['action'];
    const report = usableReport(state.outcome);
    if (action === 'add-server') dispatch({ type: 'add-row', fqdns: [], focus: true });
    else if (action === 'remove-server') {
      const row = rowIdOf(button);
      if (row !== null) dispatch({ type: 'remove-row', row });
    } else if (action === 'remove-file') {
      const field = fieldRefOf(button);
      const file = Number(button.dataset['fileId']);
      if (field !== null) dispatch({ type: 'remove-file', field, file });
    } else if (action === 'check') checks.runNow();
    else if (action === 'retry') checks.retry();
    else if (action === 'clear') dispatch({ type: 'clear' });
    else if (action === 'copy-link') {
      const { origin, pathname } = window.location;
      const fqdns = state.rows.map((row) => row.fqdn).filter((fqdn) => fqdn !== '');
      const link = runbookLink(`${origin}${pathname}`, fqdns, state.day);
      const { copyText } = loaded ?? (await loadHandOn());
      const handOn = { kind: 'link', text: link } as const;
      dispatch({ type: 'handed-on', handOn, copied: await copyText(link) });
    } else if (action === 'copy-command') {
      const shell = button.dataset['shell'] === 'posix' ? 'posix' : 'powershell';
      const servers = state.rows.flatMap(({ fqdn, role }) => (fqdn === '' ? [] : [{ fqdn, role }]));
      const at = isCalendarDay(state.day) ? state.day : undefined;
      const { buildCommandLine, copyText } = loaded ?? (await loadHandOn());
      const built = buildCommandLine({ servers, at }, shell);
      if (built.ok) {
        const handOn = { kind: 'command', text: built.command } as const;
        dispatch({ type: 'handed-on', handOn, copied: await copyText(built.command) });
      } else if (built.code !== 'bad-date') dispatch({ type: 'no-command', code: built.code });
    } else if (action === 'copy' && report !== null) {
      const { markdownReport, copyText, t } = loaded ?? (await loadHandOn());
      const markdown = markdownReport(report, t, lang);
      dispatch({ type: 'copied', markdown, copied: await copyText(markdown) });
    } else if (action === 'download' && report !== null) {
      const { downloadJson, t } = loaded ?? (await loadHandOn());
      downloadJson(report, t);
    }
  }

  pending.close();
  root.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.matches('[data-fqdn-input]')) {
      const row = rowIdOf(target);
      if (row !== null) dispatch({ type: 'edit-fqdn', row, fqdn: target.value });
    } else if (target instanceof HTMLSelectElement && target.matches('[data-role-select]')) {
      const row = rowIdOf(target);
      const role = target.value === 'front-end' ? 'front-end' : 'persistent-chat';
      if (row !== null) dispatch({ type: 'set-role', row, role });
    } else if (target instanceof HTMLInputElement && target.matches('[data-check-date]')) {
      dispatch({ type: 'set-day', day: target.value });
    } else if (target instanceof HTMLTextAreaElement && target.matches('[data-cert-text]')) {
      const field = fieldRefOf(target);
      if (field !== null) {
        dispatch({ type: 'edit-text', field, text: target.value, kind: changeKind(event) });
      }
    }
  });
  // Many servers at once are split when the text is complete, not at every keystroke.
  root.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.matches('[data-cert-field="bulk"] *')) {
      dispatch({ type: 'edit-text', field: 'bulk', text: target.value, kind: 'whole' });
    }
  });
  const reachFor = (event: Event): void => {
    if (event.target instanceof Element && event.target.closest(handOnButtons) !== null) {
      loadHandOn().catch(() => undefined);
    }
  };
  root.addEventListener('pointerover', reachFor, { passive: true });
  root.addEventListener('focusin', reachFor);
  root.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
    if (button !== null) void act(button);
  });
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      const key = details instanceof HTMLDetailsElement ? details.dataset['opens'] : undefined;
      if (key !== undefined && details instanceof HTMLDetailsElement) {
        dispatch({ type: 'toggle', key, open: details.open });
      }
    },
    // The toggle event does not bubble.
    { capture: true },
  );
  bindFiles(root, dispatch, (pasted) => split([{ key: 'bulk:paste', text: pasted }]));
  // Print shows every disclosure open; afterwards, those the person had open.
  window.addEventListener('beforeprint', () => dispatch({ type: 'print', printing: true }));
  window.addEventListener('afterprint', () => dispatch({ type: 'print', printing: false }));
  // What came before the checker: text typed while it loaded, ?server= and ?at= links, files in
  // pickers, drops, then clicks. Read once here, as the initial state; from now on events carry it.
  for (const action of typedBeforeStart(root)) dispatch(action);
  // Start-up in one task would keep the page waiting (issue 25, fault 6): a link's servers, and
  // then the rest, come in tasks of their own.
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  const link = linkedServers(window.location.search);
  if (link.fqdns.length > 0 || link.day !== null || link.badDay !== null) {
    dispatch({ type: 'link', ...link });
  }
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  for (const picker of root.querySelectorAll<HTMLInputElement>('input[type=file]')) {
    const field = fieldRefOf(picker);
    const files = [...(picker.files ?? [])];
    picker.value = '';
    if (field !== null && files.length > 0) dispatch(await filesAction(field, files));
  }
  for (const drop of pending.drops) {
    const field = dropField(drop.target);
    if (field !== null) dispatch(await filesAction(field, drop.files));
  }
  for (const button of pending.clicks) if (button.isConnected) await act(button);
  checks.start();
  checks.runNow();
  // Tests and benchmarks wait for this: from here on, every input is the checker's.
  dispatch({ type: 'ready' });
}
