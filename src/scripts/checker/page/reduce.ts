// Every state transition of the checker (see state.ts; the request a state sends is in
// request-of.ts): inputs edited, rows added and removed, requests sent and answered, results
// placed by the index of their server. Answers of superseded requests change nothing. Pure, so
// every transition is unit-tested.
import type { InputError } from '../../../lib/cert/index.ts';
import type { WorkerAnswer } from '../protocol.ts';
import {
  emptyField,
  fqdnOf,
  initialState,
  newRow,
  type Action,
  type CheckerState,
  type FieldRef,
  type FieldState,
} from './state.ts';

// Key material is removed from the page as soon as the worker recognizes it.
const refusedCodes = new Set(['private-key', 'pkcs12']);

/** `state` with field `ref` changed by `change`. */
export function withField(
  state: CheckerState,
  ref: FieldRef,
  change: (field: FieldState) => FieldState,
): CheckerState {
  if (ref === 'reference') return { ...state, reference: change(state.reference) };
  if (ref === 'bulk') return { ...state, bulk: change(state.bulk) };
  return {
    ...state,
    rows: state.rows.map((row) => (row.id === ref ? { ...row, field: change(row.field) } : row)),
  };
}

const focusSerial = (state: CheckerState): number => (state.focus?.serial ?? 0) + 1;
const sayNext = (state: CheckerState): number => (state.announcement?.serial ?? 0) + 1;

/** A server field holds one input: new text replaces its file, a new file its text. */
const single = (ref: FieldRef): boolean => typeof ref === 'number';

function applyAnswer(
  state: CheckerState,
  message: Exclude<WorkerAnswer, { type: 'split' }>,
): CheckerState {
  const sent = state.sent;
  if (sent === null || message.id !== sent.id) return state;
  switch (message.type) {
    case 'progress':
      return { ...state, progress: { done: message.done, total: message.total } };
    case 'recognized':
      return { ...state, recognitions: new Map(message.inputs.map((i) => [i.key, i.recognition])) };
    case 'failed':
      return { ...state, failed: true, slow: false, progress: null };
    case 'report':
      break;
  }
  let next: CheckerState = {
    ...state,
    slow: false,
    progress: null,
    fallback: null,
    recognitions: new Map(message.recognized.map((i) => [i.key, i.recognition])),
  };
  const errors = new Map<string, InputError>(message.errors.map((e) => [e.key, e.error]));
  for (const [key, error] of errors) {
    const source = sent.sources.get(key);
    if (source === undefined || !refusedCodes.has(error.code)) continue;
    errors.delete(key);
    next = withField(next, source.field, (field) => ({
      text: source.file === null ? '' : field.text,
      files: field.files.filter((file) => file.id !== source.file),
      refusals: [
        ...field.refusals,
        { name: source.name, code: error.code === 'pkcs12' ? 'pkcs12' : 'private-key' },
      ],
    }));
  }
  const results = new Map(
    (message.report?.servers ?? []).flatMap((result) => {
      const row = sent.rows[result.index];
      return row === undefined ? [] : [[row, result] as const];
    }),
  );
  const { id, fqdnErrors, sources } = sent;
  return {
    ...next,
    outcome: { id, report: message.report, results, errors, fqdnErrors, sources },
  };
}

/** The state after `action`. */
export function reduce(state: CheckerState, action: Action): CheckerState {
  switch (action.type) {
    case 'edit-text':
      return withField(state, action.field, (field) => ({
        text: action.text,
        files: single(action.field) && action.text.trim() !== '' ? [] : field.files,
        refusals: [],
      }));
    case 'edit-fqdn':
      return {
        ...state,
        rows: state.rows.map((row) =>
          row.id === action.row ? { ...row, ...fqdnOf(action.fqdn), fromCertificate: false } : row,
        ),
      };
    case 'add-files': {
      let nextId = state.nextId;
      const added = action.files.map((file) => ({ ...file, id: nextId++ }));
      return withField({ ...state, nextId }, action.field, (field) =>
        single(action.field)
          ? added.length > 0
            ? { text: '', files: added.slice(-1), refusals: action.refusals }
            : { ...field, refusals: action.refusals }
          : { text: field.text, files: [...field.files, ...added], refusals: action.refusals },
      );
    }
    case 'remove-file':
      return withField(state, action.field, (field) => ({
        ...field,
        files: field.files.filter((file) => file.id !== action.file),
        refusals: [],
      }));
    case 'refuse':
      return withField(state, action.field, (field) => ({
        text: action.refusal.name === null ? '' : field.text,
        files: field.files,
        refusals: [action.refusal],
      }));
    case 'add-row': {
      const fqdns = action.fqdns.length > 0 ? action.fqdns : [''];
      const rows = fqdns.map((fqdn, index) => newRow(state.nextId + index, fqdn));
      const first = rows[0];
      return {
        ...state,
        rows: [...state.rows, ...rows],
        nextId: state.nextId + rows.length,
        announcement: {
          serial: sayNext(state),
          key: 'server.added.announce',
          params: { number: state.rows.length + 1 },
        },
        focus:
          action.focus && first !== undefined
            ? { serial: focusSerial(state), to: 'row', row: first.id }
            : state.focus,
      };
    }
    case 'link': {
      // The first linked server takes the blank first row; a person then pastes its certificate.
      const dated = {
        ...state,
        day: action.day ?? state.day,
        linkBadDay: action.badDay,
      };
      const [first, ...more] = action.fqdns;
      const [row, ...others] = state.rows;
      if (first === undefined || row === undefined) return dated;
      // A link's FQDNs are shown as they are used, without the spaces around them.
      const linked = (fqdn: string): ReturnType<typeof fqdnOf> => {
        const named = fqdnOf(fqdn);
        return { ...named, typed: named.fqdn };
      };
      const rows = [
        { ...row, ...linked(first) },
        ...others,
        ...more.map((fqdn, index) => ({
          id: state.nextId + index,
          ...linked(fqdn),
          fromCertificate: false,
          role: 'persistent-chat' as const,
          field: emptyField,
        })),
      ];
      return {
        ...dated,
        rows,
        nextId: state.nextId + more.length,
        linkIgnored: action.ignored,
        focus: { serial: focusSerial(state), to: 'certificate', row: row.id },
      };
    }
    case 'remove-row': {
      const index = state.rows.findIndex((row) => row.id === action.row);
      if (index < 0) return state;
      const rows = state.rows.filter((row) => row.id !== action.row);
      const neighbour = rows[index] ?? rows[index - 1];
      return {
        ...state,
        rows,
        announcement: { serial: sayNext(state), key: 'server.removed.announce', params: {} },
        focus:
          neighbour === undefined
            ? { serial: focusSerial(state), to: 'add' }
            : { serial: focusSerial(state), to: 'row', row: neighbour.id },
      };
    }
    case 'clear':
      return {
        ...initialState,
        rows: [newRow(state.nextId, '')],
        nextId: state.nextId + 1,
        day: state.day,
        today: state.today,
        sent: state.sent,
        ready: state.ready,
        announcement: { serial: sayNext(state), key: 'actions.cleared.announce', params: {} },
        focus: { serial: focusSerial(state), to: 'reference' },
      };
    case 'set-day':
      return { ...state, day: action.day, linkBadDay: null };
    case 'sent':
      return { ...state, sent: action.sent, slow: false, progress: null, failed: false };
    case 'split-sent':
      return { ...state, splitting: action.id };
    case 'slow':
      return state.sent?.id === action.id && state.outcome?.id !== action.id && !state.failed
        ? { ...state, slow: true }
        : state;
    case 'answer':
      if ('fillRows' in action) {
        return action.message.id === state.splitting
          ? action.fillRows({ ...state, splitting: null }, action.message)
          : state;
      }
      return applyAnswer(state, action.message);
    case 'worker-failed':
      return { ...state, failed: true, slow: false, progress: null, splitting: null };
    case 'copied':
      return {
        ...state,
        fallback: action.copied ? null : action.markdown,
        announcement: {
          serial: sayNext(state),
          key: action.copied ? 'actions.copy.done' : 'actions.copy.failed',
          params: {},
        },
      };
    case 'handed-on': {
      const { kind } = action.handOn;
      return {
        ...state,
        handOn: action.copied ? null : action.handOn,
        announcement: {
          serial: sayNext(state),
          key: `actions.${kind}.${action.copied ? 'done' : 'failed'}`,
          params: {},
        },
      };
    }
    case 'no-command':
      return {
        ...state,
        handOn: null,
        announcement: { serial: sayNext(state), key: `actions.command.${action.code}`, params: {} },
      };
    case 'set-role':
      return {
        ...state,
        rows: state.rows.map((row) =>
          row.id === action.row ? { ...row, role: action.role } : row,
        ),
      };
    case 'drag':
      return state.dragging === action.field ? state : { ...state, dragging: action.field };
    case 'toggle': {
      if (state.opened.has(action.key) === action.open) return state;
      const opened = new Set(state.opened);
      if (action.open) opened.add(action.key);
      else opened.delete(action.key);
      return { ...state, opened };
    }
    case 'print':
      return state.printing === action.printing ? state : { ...state, printing: action.printing };
    case 'ready':
      return { ...state, ready: true };
  }
}
