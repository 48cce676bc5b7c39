// The page's one state: every input, the instant, the newest request and what came back. Input
// events become actions; `reduce` is the only way the state changes; rendering reads only the
// state. Pure: no DOM, no clock, no worker, so every transition is unit-tested without a browser.
import type { FqdnProblem } from '../../lib/cert/fqdn-syntax.ts';
import type { CheckReport, InputError, ServerResult } from '../../lib/cert/types.ts';
import type { ChangeKind } from './change-kind.ts';
import type { Recognition, WorkerResponse } from './worker-protocol.ts';

/** A picked or dropped file, read up to the size cap. */
export interface SourceFile {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Why part of a field was removed without being used; said until the field is edited. */
export interface Refusal {
  /** The file's name, or null for the pasted text. */
  readonly name: string | null;
  readonly code: 'pkcs12' | 'private-key' | 'too-large' | 'unreadable';
}

/** One certificate field: pasted text plus files, each a separate input. */
export interface FieldState {
  readonly text: string;
  readonly files: readonly SourceFile[];
  readonly refusals: readonly Refusal[];
}

/** One server row; `id` is stable for the row's life and never reused. */
export interface RowState {
  readonly id: number;
  readonly fqdn: string;
  /** True while the FQDN is the one taken from a bulk-filled certificate. */
  readonly fromCertificate: boolean;
  readonly field: FieldState;
}

/** A field of the page: the reference, a server row (by id), or the many-servers input. */
export type FieldRef = 'reference' | 'bulk' | number;

/** Which field and which part of it an input key stands for. */
export interface SourceRef {
  readonly field: FieldRef;
  /** The file's id, or null for the pasted text. */
  readonly file: number | null;
  readonly name: string | null;
}

/** The newest request sent to the worker. */
export interface Sent {
  readonly id: number;
  readonly at: number;
  /** The row id of each server in the request, by its index there. */
  readonly rows: readonly number[];
  readonly sources: ReadonlyMap<string, SourceRef>;
  readonly fqdnErrors: ReadonlyMap<number, FqdnProblem>;
}

/** What the newest answered request gave. */
export interface Outcome {
  /** The request it answered. */
  readonly id: number;
  readonly at: number;
  readonly report: CheckReport | null;
  readonly results: ReadonlyMap<number, ServerResult>;
  readonly errors: ReadonlyMap<string, InputError>;
  readonly fqdnErrors: ReadonlyMap<number, FqdnProblem>;
  readonly sources: ReadonlyMap<string, SourceRef>;
}

/** Where focus goes after the next render (each request once, by its serial number). */
export type FocusRequest =
  | { readonly serial: number; readonly to: 'row'; readonly row: number }
  | { readonly serial: number; readonly to: 'add' | 'reference' };

/** A sentence for the live region, by key. */
export interface Announcement {
  readonly key: 'server.added.announce' | 'server.removed.announce' | 'actions.cleared.announce';
  readonly params: Readonly<Record<string, number>>;
}

/** The whole page state. */
export interface CheckerState {
  readonly reference: FieldState;
  readonly bulk: FieldState;
  readonly rows: readonly RowState[];
  /** The next id for a row or a file. */
  readonly nextId: number;
  /** "Check validity on" as YYYY-MM-DD; empty means now. */
  readonly day: string;
  /** Today's date (UTC) when the checker started: what the date field shows for "now". */
  readonly today: string;
  readonly sent: Sent | null;
  /** The newest split request (many servers at once) still unanswered. */
  readonly splitting: number | null;
  /** True once the newest request has been unanswered for half a second. */
  readonly slow: boolean;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly recognitions: ReadonlyMap<string, Recognition>;
  readonly outcome: Outcome | null;
  readonly failed: boolean;
  readonly announcement: Announcement | null;
  readonly focus: FocusRequest | null;
}

/** A change to the state. */
export type Action =
  | {
      readonly type: 'edit-text';
      readonly field: FieldRef;
      readonly text: string;
      readonly kind: ChangeKind;
    }
  | { readonly type: 'edit-fqdn'; readonly row: number; readonly fqdn: string }
  | {
      readonly type: 'add-files';
      readonly field: FieldRef;
      readonly files: readonly Omit<SourceFile, 'id'>[];
      readonly refusals: readonly Refusal[];
    }
  | { readonly type: 'remove-file'; readonly field: FieldRef; readonly file: number }
  | { readonly type: 'refuse'; readonly field: FieldRef; readonly refusal: Refusal }
  | { readonly type: 'add-row'; readonly fqdns: readonly string[]; readonly focus: boolean }
  | { readonly type: 'remove-row'; readonly row: number }
  | { readonly type: 'clear' }
  | { readonly type: 'set-day'; readonly day: string }
  | { readonly type: 'sent'; readonly sent: Sent }
  | { readonly type: 'split-sent'; readonly id: number }
  | { readonly type: 'slow'; readonly id: number }
  | { readonly type: 'response'; readonly message: WorkerResponse };

/** A field with nothing in it. */
export const emptyField: FieldState = { text: '', files: [], refusals: [] };

/** The state of a fresh checker with one blank row (id 1, as the server-rendered markup). */
export const initialState: CheckerState = {
  reference: emptyField,
  bulk: emptyField,
  rows: [{ id: 1, fqdn: '', fromCertificate: false, field: emptyField }],
  nextId: 2,
  day: '',
  today: '',
  sent: null,
  splitting: null,
  slow: false,
  progress: null,
  recognitions: new Map(),
  outcome: null,
  failed: false,
  announcement: null,
  focus: null,
};

/** The field `ref` of `state`. */
export function fieldOf(state: CheckerState, ref: FieldRef): FieldState | undefined {
  if (ref === 'reference') return state.reference;
  if (ref === 'bulk') return state.bulk;
  return state.rows.find((row) => row.id === ref)?.field;
}
