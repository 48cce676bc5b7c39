// The page from the state: `render(state)` is the one place the checker writes to the DOM. It hands
// the inputs and each server's verdict to their views, and itself writes the summary, progress, a
// failed worker's message, the report buttons, the copy fallbacks (report; link or command line), the
// checklist's same-CA line, the live region and focus. A pass stops when its time or its frame's
// layout is spent (render-work.ts); the next one, in the next task or after the next frame, renders
// the newest state from where it stopped.
import { countVerdicts, formatDate } from '../../../lib/report/index.ts';
import type { Status } from '../../../lib/cert/index.ts';
import { el, required, setHidden, setText } from './dom.ts';
import { createInputsView } from './render-inputs.ts';
import { createServersView, usableReport, verdictBadge } from './render-servers.ts';
import { createSlice, layoutPerFrame, type FrameLayout } from './render-work.ts';
import type { CheckerState, FocusRequest, Outcome } from './state.ts';
import type { CheckerKey, PageText } from './translate.ts';

export { usableReport } from './render-servers.ts';

/** Why there is no report yet, when there is none. */
function waitingKey(outcome: Outcome | null): CheckerKey {
  const report = outcome?.report ?? null;
  if (report !== null && report.missingReference !== true && report.referenceCas.length > 0) {
    return 'summary.no-server.text';
  }
  const hasServer = [...(outcome?.sources ?? [])].some(
    ([key, source]) => typeof source.field === 'number' && !outcome?.errors.has(key),
  );
  return hasServer ? 'summary.no-reference.text' : 'summary.idle.text';
}

/** The overall summary; `data-verdict` is set only when there is a report. */
function renderSummary(target: HTMLElement, state: CheckerState, s: PageText): void {
  const { t } = s;
  const report = usableReport(state.outcome);
  const lines: HTMLElement[] = [];
  if (report === null) {
    delete target.dataset['verdict'];
    lines.push(el('p', {}, [t(waitingKey(state.outcome))]));
  } else {
    target.dataset['verdict'] = report.verdict;
    const counts = countVerdicts(report.servers.map((server) => server.verdict));
    const at = formatDate(s.lang, report.checkedAt, 'minute');
    lines.push(
      el('p', { class: 'summary-verdict' }, [
        verdictBadge(report.verdict, t),
        ' ',
        t('summary.result.text', { total: report.servers.length, ...counts }),
      ]),
      el('p', { 'data-checked-at': report.checkedAt.toISOString() }, [
        t(state.day === '' ? 'summary.checked-now.text' : 'summary.checked-on.text', { at }),
      ]),
      ...report.referenceCas.map((ca) =>
        el('p', {}, s.say('summary.reference.text', { ca: ca.subject })),
      ),
    );
  }
  if ((state.outcome?.errors.size ?? 0) > 0)
    lines.push(el('p', {}, [t('summary.input-errors.text')]));
  target.replaceChildren(...lines);
}

/** Servers named in the checklist's same-CA line; a thousand would make it one long paragraph. */
const checklistServers = 20;

/** Shows the servers' verdicts in the checklist items that name the same-CA check. */
function renderChecklist(state: CheckerState, s: PageText): void {
  const report = usableReport(state.outcome);
  const servers = state.rows.flatMap((row) => {
    const result = report === null ? undefined : state.outcome?.results.get(row.id);
    if (result === undefined) return [];
    const sameCa = result.checks.find((check) => check.id === 'same-ca')?.status;
    // A request has no same-CA result yet: its row's verdict (a warning at best) stands in.
    const verdict: Status =
      sameCa === undefined || sameCa === 'not-applicable' ? result.verdict : sameCa;
    return [{ fqdn: result.fqdn, verdict }];
  });
  // A checklist line names a few servers; the results name them all.
  const named = servers.slice(0, checklistServers).map(({ fqdn, verdict }) =>
    s.say('checklist.server.text', {
      fqdn,
      verdict: document.createTextNode(s.t(`verdict.${verdict}.word`)),
    }),
  );
  const more = servers.length - named.length;
  const lines = [
    ...named,
    ...(more > 0 ? [s.say('checklist.more.text', { count: more })] : []),
  ].flatMap((nodes, index) => (index === 0 ? nodes : [document.createTextNode('; '), ...nodes]));
  for (const item of document.querySelectorAll<HTMLElement>('[data-check-result="same-ca"]')) {
    item.replaceChildren(
      ...(servers.length === 0 ? [] : s.say('checklist.result.text', { servers: lines })),
    );
    setHidden(item, servers.length === 0);
  }
}

/** The element a focus request moves to. */
function focusTarget(root: HTMLElement, request: FocusRequest): HTMLElement | null {
  const row = `[data-server-row][data-row-id="${'row' in request ? request.row : ''}"]`;
  const selector =
    request.to === 'row'
      ? `${row} [data-fqdn-input]`
      : request.to === 'certificate'
        ? `${row} [data-cert-text]`
        : request.to === 'add'
          ? '[data-action="add-server"]'
          : '[data-cert-field="reference"] [data-cert-text]';
  return root.querySelector<HTMLElement>(selector);
}

/** Creates the checker's `render`: call it with each new state. */
export function createRender(root: HTMLElement, s: PageText): (state: CheckerState) => void {
  const { t } = s;
  const inputs = createInputsView(root, s);
  const servers = createServersView(root, s);
  const summary = required(root, '[data-checker-summary]', HTMLElement);
  const progress = required(root, '[data-checker-progress]', HTMLElement);
  const failed = required(root, '[data-checker-failed]', HTMLElement);
  const fallback = required(root, '[data-report-fallback]', HTMLElement);
  const fallbackText = required(root, '[data-report-text]', HTMLTextAreaElement);
  const status = required(root, '[data-checker-status]', HTMLElement);
  const handOn = required(root, '[data-hand-on-fallback]', HTMLElement);
  const handOnLabel = required(root, '[data-hand-on-label]', HTMLElement);
  const handOnText = required(root, '[data-hand-on-text]', HTMLInputElement);
  const reportButtons = root.querySelectorAll<HTMLButtonElement>('[data-needs-report]');
  let last: CheckerState | null = null;
  let latest: CheckerState | null = null;
  // What was said and focused, each once, by serial number.
  let said = 0;
  let focused = 0;
  // The layout the next frame may get, renewed by each frame; and the task and frame asked for.
  const frame: FrameLayout = { left: layoutPerFrame };
  let taskAsked = false;
  let frameAsked = false;
  let unfinished = false;
  // Whether the checklist's same-CA line still has to show a new outcome or day.
  let listDue = false;
  // A message to itself: the next task at once, where nested timers would wait 4 ms each.
  const tasks = new MessageChannel();
  tasks.port1.onmessage = () => {
    taskAsked = false;
    if (latest !== null) pass(latest);
  };

  function pass(state: CheckerState): void {
    const before = last;
    last = state;
    // Paper has no later frame: a pass while printing builds everything at once.
    const slice = state.printing
      ? createSlice(() => 0, { left: Infinity }, Infinity)
      : createSlice(() => performance.now(), frame);
    // Verdicts first: an answer's recognized lines and errors at each field can wait.
    const shown = servers(state, slice);
    const complete = inputs(state, slice) && shown;
    setHidden(progress, !state.slow);
    setText(
      progress,
      state.progress === null
        ? t('progress.text')
        : t('progress.count.text', { done: state.progress.done, total: state.progress.total }),
    );
    setHidden(failed, !state.failed);
    const answered = state.outcome !== before?.outcome || state.day !== before.day;
    if (answered) {
      renderSummary(summary, state, s);
      const report = usableReport(state.outcome);
      for (const button of reportButtons) setHidden(button, report === null);
    }
    // The checklist's line stands far above the results: the verdicts in view come first, and it
    // follows in the next pass (in this one when nothing is left, or on paper).
    listDue ||= answered;
    if (listDue && (!answered || complete || state.printing)) {
      listDue = false;
      renderChecklist(state, s);
    }
    if (fallbackText.value !== (state.fallback ?? '')) fallbackText.value = state.fallback ?? '';
    setHidden(fallback, state.fallback === null);
    if (handOnText.value !== (state.handOn?.text ?? ''))
      handOnText.value = state.handOn?.text ?? '';
    if (state.handOn !== null) setText(handOnLabel, t(`actions.${state.handOn.kind}.label`));
    setHidden(handOn, state.handOn === null);
    if (state.announcement !== null && state.announcement.serial !== said) {
      said = state.announcement.serial;
      status.textContent = t(state.announcement.key, state.announcement.params);
    }
    // Focus moves once the pass built everything: a focus forces a layout, which mid-way would
    // add the frame's layout to this task.
    const target = !complete || state.focus?.serial === focused ? null : state.focus;
    const element = target == null ? null : focusTarget(root, target);
    if (target != null && element !== null) {
      focused = target.serial;
      element.focus();
    }
    if (state.ready && before?.ready !== true) root.dataset['checkerReady'] = '';
    unfinished = !complete;
    if (frame.left < layoutPerFrame && !frameAsked) {
      frameAsked = true;
      window.requestAnimationFrame(() => {
        frameAsked = false;
        frame.left = layoutPerFrame;
        if (unfinished) next();
      });
    }
    // Out of time, the rest follows in the next task; out of layout, after the next frame.
    if (unfinished && frame.left > 0) next();
  }

  function next(): void {
    if (taskAsked) return;
    taskAsked = true;
    tasks.port2.postMessage(null);
  }

  return (state) => {
    latest = state;
    pass(state);
  };
}
