// Every state transition of the checker (see checker-state.ts): inputs edited, rows added and
// removed, requests sent and answered. Answers of superseded requests change nothing.
import { toPem } from '../../lib/cert/index.ts';
import { assignCertificates } from './bulk-fill.ts';
import {
  emptyField,
  initialState,
  type Action,
  type CheckerState,
  type FieldRef,
  type FieldState,
  type RowState,
} from './checker-state.ts';
import type { ChangeKind } from './change-kind.ts';
import type { WorkerResponse } from './worker-protocol.ts';

const encoder = new TextEncoder();
// Key material is removed from the page as soon as the worker recognizes it.
const refusedCodes = new Set(['private-key', 'pkcs12']);

function withField(
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

const newRow = (id: number, fqdn: string, fromCertificate = false): RowState => ({
  id,
  fqdn,
  fromCertificate,
  field: emptyField,
});

const serial = (state: CheckerState): number => (state.focus?.serial ?? 0) + 1;

/** A server field holds one input: new text replaces its file, a new file its text. */
const single = (ref: FieldRef): boolean => typeof ref === 'number';

function applyResponse(state: CheckerState, message: WorkerResponse): CheckerState {
  if (message.type === 'split') {
    if (message.id !== state.splitting) return state;
    return fillRows({ ...state, splitting: null, bulk: emptyField }, message);
  }
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
    failed: false,
    recognitions: new Map(message.recognized.map((i) => [i.key, i.recognition])),
  };
  const errors = new Map(message.errors.map((entry) => [entry.key, entry.error]));
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
    message.results.flatMap(({ server, result }) => {
      const row = sent.rows[server];
      return row === undefined ? [] : [[row, result] as const];
    }),
  );
  return {
    ...next,
    outcome: {
      id: sent.id,
      at: sent.at,
      report: message.report,
      results,
      errors,
      fqdnErrors: sent.fqdnErrors,
      sources: sent.sources,
    },
  };
}

/** Distributes a split input's certificates over the rows (bulk-fill.ts). */
function fillRows(
  state: CheckerState,
  message: Extract<WorkerResponse, { type: 'split' }>,
): CheckerState {
  const pool = message.inputs.flatMap((input) => input.certificates ?? []);
  const assignments = assignCertificates(
    state.rows.map((row) => ({
      id: row.id,
      fqdn: row.fqdn,
      hasCertificate: row.field.text.trim() !== '' || row.field.files.length > 0,
    })),
    pool,
  );
  let nextId = state.nextId;
  let rows = [...state.rows];
  for (const assignment of assignments) {
    const file = {
      id: nextId++,
      name: assignment.fqdn === '' ? 'certificate.pem' : `${assignment.fqdn}.pem`,
      bytes: encoder.encode(
        toPem(assignment.ders, assignment.request ? 'CERTIFICATE REQUEST' : 'CERTIFICATE'),
      ),
    };
    const field: FieldState = { text: '', files: [file], refusals: [] };
    if (assignment.row === null) {
      rows = [...rows, { ...newRow(nextId++, assignment.fqdn, assignment.fromCertificate), field }];
    } else {
      rows = rows.map((row) =>
        row.id !== assignment.row
          ? row
          : row.fqdn.trim() === ''
            ? { ...row, fqdn: assignment.fqdn, fromCertificate: assignment.fromCertificate, field }
            : { ...row, field },
      );
    }
  }
  const refusals = message.inputs.flatMap((input) =>
    input.error === null ? [] : [{ name: null, code: 'unreadable' as const }],
  );
  return { ...state, nextId, rows, bulk: { ...emptyField, refusals } };
}

/** How an action changes the inputs: checked after a typing pause, at once, or not at all. */
export function changeOf(action: Action): ChangeKind | null {
  switch (action.type) {
    case 'edit-text':
      return action.field === 'bulk' ? null : action.kind;
    case 'edit-fqdn':
      return 'typing';
    case 'add-files':
    case 'remove-file':
    case 'refuse':
      return action.field === 'bulk' ? null : 'whole';
    case 'add-row':
      // An empty row changes no result; prefilled FQDNs may need their syntax shown.
      return action.fqdns.length > 0 ? 'whole' : null;
    case 'remove-row':
    case 'clear':
    case 'set-day':
      return 'whole';
    case 'response':
      return action.message.type === 'split' ? 'whole' : null;
    default:
      return null;
  }
}

/** The state after `action`. */
export function reduce(state: CheckerState, action: Action): CheckerState {
  const clean = { ...state, announcement: null };
  switch (action.type) {
    case 'edit-text':
      return withField(clean, action.field, (field) => ({
        text: action.text,
        files: single(action.field) && action.text.trim() !== '' ? [] : field.files,
        refusals: [],
      }));
    case 'edit-fqdn':
      return {
        ...clean,
        rows: clean.rows.map((row) =>
          row.id === action.row ? { ...row, fqdn: action.fqdn, fromCertificate: false } : row,
        ),
      };
    case 'add-files': {
      let nextId = clean.nextId;
      const added = action.files.map((file) => ({ ...file, id: nextId++ }));
      return withField({ ...clean, nextId }, action.field, (field) =>
        single(action.field)
          ? added.length > 0
            ? { text: '', files: added.slice(-1), refusals: action.refusals }
            : { ...field, refusals: action.refusals }
          : { text: field.text, files: [...field.files, ...added], refusals: action.refusals },
      );
    }
    case 'remove-file':
      return withField(clean, action.field, (field) => ({
        ...field,
        files: field.files.filter((file) => file.id !== action.file),
        refusals: [],
      }));
    case 'refuse':
      return withField(clean, action.field, (field) => ({
        text: action.refusal.name === null ? '' : field.text,
        files: field.files,
        refusals: [action.refusal],
      }));
    case 'add-row': {
      const fqdns = action.fqdns.length > 0 ? action.fqdns : [''];
      const rows = fqdns.map((fqdn, index) => newRow(clean.nextId + index, fqdn));
      const first = rows[0];
      return {
        ...clean,
        rows: [...clean.rows, ...rows],
        nextId: clean.nextId + rows.length,
        announcement: { key: 'server.added.announce', params: { number: clean.rows.length + 1 } },
        focus:
          action.focus && first !== undefined
            ? { serial: serial(clean), to: 'row', row: first.id }
            : clean.focus,
      };
    }
    case 'remove-row': {
      const index = clean.rows.findIndex((row) => row.id === action.row);
      if (index < 0) return clean;
      const rows = clean.rows.filter((row) => row.id !== action.row);
      const neighbour = rows[index] ?? rows[index - 1];
      return {
        ...clean,
        rows,
        announcement: { key: 'server.removed.announce', params: {} },
        focus:
          neighbour === undefined
            ? { serial: serial(clean), to: 'add' }
            : { serial: serial(clean), to: 'row', row: neighbour.id },
      };
    }
    case 'clear':
      return {
        ...initialState,
        rows: [newRow(clean.nextId, '')],
        nextId: clean.nextId + 1,
        day: clean.day,
        today: clean.today,
        sent: clean.sent,
        announcement: { key: 'actions.cleared.announce', params: {} },
        focus: { serial: serial(clean), to: 'reference' },
      };
    case 'set-day':
      return { ...clean, day: action.day };
    case 'sent':
      return { ...clean, sent: action.sent, slow: false, progress: null };
    case 'split-sent':
      return { ...clean, splitting: action.id };
    case 'slow':
      return clean.sent?.id === action.id && clean.outcome?.id !== action.id && !clean.failed
        ? { ...clean, slow: true }
        : clean;
    case 'response':
      return applyResponse(state, action.message);
  }
}
