// The page's one state: every input, the instant, the newest request and what came back, and what
// the page says (announcements, the copy fallback, a failed worker). Input events become actions;
// `reduce` (reduce.ts) is the only way the state changes; `render` (render.ts) reads only the
// state. Types and the start: no DOM, no clock, no worker.
import {
  checkFqdnSyntax,
  type BundleSummary,
  type CheckReport,
  type FqdnProblem,
  type InputError,
  type Message,
  type ServerResult,
} from '../../../lib/cert/index.ts';
import type { ServerRole } from '../../../lib/command-line/build-command-line.ts';
import type { Recognition, WorkerAnswer, WorkerInput } from '../protocol.ts';

/** A picked or dropped file, read up to the size cap, or the text under a bundle's label. */
export interface SourceFile {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  /**
   * The text under a bundle's label: its label words (`FrontEnd Default`; `reference` in the
   * reference field). A row's labelled files are each checked, as certificates of one server;
   * a new bundle's references replace those of an earlier one.
   */
  readonly label?: string;
  /** Why a bundle's label gave nothing to check (no certificate under it): said, never sent. */
  readonly problem?: Message;
}

/** Why part of a field was removed without being used; said until the field is edited. */
export interface Refusal {
  /** The file's name, or null for the pasted text. */
  readonly name: string | null;
  readonly code: 'pkcs12' | 'private-key' | 'too-large' | 'unreadable';
  /** The reason when it is not the code's own (a bundle refused whole, with its limit). */
  readonly error?: InputError;
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
  /** The FQDN field's text as typed, written back to the field only. */
  readonly typed: string;
  /** The FQDN: `typed` trimmed, once, here; everything else uses this. */
  readonly fqdn: string;
  /** Why the FQDN is not a server FQDN, checked once as it is typed; null when it is one. */
  readonly problem: FqdnProblem | null;
  /** True while the FQDN is the one taken from a bulk-filled certificate. */
  readonly fromCertificate: boolean;
  /** What the server is, chosen in the row: the port "Copy command line" fetches it from. */
  readonly role: ServerRole;
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

/** The newest request sent to the worker, and what places its answer. */
export interface Sent {
  readonly id: number;
  readonly at: number;
  /** The row id of each server of the request, by the server's index (`ServerResult.index`). */
  readonly rows: readonly number[];
  readonly sources: ReadonlyMap<string, SourceRef>;
  readonly fqdnErrors: ReadonlyMap<number, FqdnProblem>;
}

/** What the newest answered request gave. */
export interface Outcome {
  /** The request it answered. */
  readonly id: number;
  readonly report: CheckReport | null;
  /** Each server's result by row id. */
  readonly results: ReadonlyMap<number, ServerResult>;
  readonly errors: ReadonlyMap<string, InputError>;
  readonly fqdnErrors: ReadonlyMap<number, FqdnProblem>;
  readonly sources: ReadonlyMap<string, SourceRef>;
}

/** Where focus goes after the next render (each request once, by its serial number). */
export type FocusRequest =
  | { readonly serial: number; readonly to: 'row' | 'certificate'; readonly row: number }
  | { readonly serial: number; readonly to: 'add' | 'reference' };

/** A sentence for the live region, by key; each one is said once, by its serial number. */
export interface Announcement {
  readonly serial: number;
  readonly key:
    | 'server.added.announce'
    | 'server.removed.announce'
    | 'actions.cleared.announce'
    | 'actions.copy.done'
    | 'actions.copy.failed'
    | 'actions.link.done'
    | 'actions.link.failed'
    | 'actions.command.done'
    | 'actions.command.failed'
    | 'actions.command.no-server'
    | 'actions.command.no-reference'
    | 'actions.command.bad-fqdn';
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
  /** Servers of a runbook link left out, over the cap (prefill.ts). */
  readonly linkIgnored: number;
  /** A runbook link's `?at=` that is not a calendar day, as given: ignored, and said; else null. */
  readonly linkBadDay: string | null;
  readonly sent: Sent | null;
  /** What each bundle last pasted or dropped into many servers at once held (file name or null). */
  readonly bundles: readonly { readonly name: string | null; readonly summary: BundleSummary }[];
  /** The newest split request (many servers at once) still unanswered. */
  readonly splitting: number | null;
  /** True once the newest request has been unanswered for half a second. */
  readonly slow: boolean;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly recognitions: ReadonlyMap<string, Recognition>;
  readonly outcome: Outcome | null;
  /** True when the worker failed the newest request: said, with a way to retry. */
  readonly failed: boolean;
  readonly announcement: Announcement | null;
  /** The Markdown report shown to copy by hand, when the browser refused to copy it. */
  readonly fallback: string | null;
  /** The link or command line shown to copy by hand, when the browser refused to copy it. */
  readonly handOn: HandOn | null;
  readonly focus: FocusRequest | null;
  /** The field whose drop zone files are being dragged over. */
  readonly dragging: FieldRef | null;
  /** A result's disclosures that are open (`row:part`): they stay open when the result is new. */
  readonly opened: ReadonlySet<string>;
  /** True while the page prints: every disclosure is built and open. */
  readonly printing: boolean;
  /** True once start-up is done: from then on every input is the checker's. */
  readonly ready: boolean;
}

/** What "Copy link" or "Copy command line" copied: a link, or a command line for a shell. */
export interface HandOn {
  readonly kind: 'link' | 'command';
  readonly text: string;
}

/** A change to the state. */
export type Action =
  | {
      readonly type: 'edit-text';
      readonly field: FieldRef;
      readonly text: string;
      /** Keystrokes are checked after a pause; a paste, a drop or a file at once. */
      readonly kind: 'typing' | 'whole';
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
  | {
      readonly type: 'link';
      readonly fqdns: readonly string[];
      readonly ignored: number;
      readonly day: string | null;
      readonly badDay: string | null;
    }
  | { readonly type: 'remove-row'; readonly row: number }
  | { readonly type: 'clear' }
  | { readonly type: 'set-day'; readonly day: string }
  | { readonly type: 'sent'; readonly sent: Sent }
  | { readonly type: 'split-sent'; readonly id: number }
  | { readonly type: 'slow'; readonly id: number }
  | { readonly type: 'answer'; readonly message: Exclude<WorkerAnswer, { type: 'split' }> }
  | {
      readonly type: 'answer';
      readonly message: Extract<WorkerAnswer, { type: 'split' }>;
      /** How a split answer fills the rows (bulk-fill.ts), loaded with the first split. */
      readonly fillRows: (
        state: CheckerState,
        message: Extract<WorkerAnswer, { type: 'split' }>,
      ) => CheckerState;
    }
  | { readonly type: 'worker-failed' }
  | { readonly type: 'copied'; readonly markdown: string; readonly copied: boolean }
  | { readonly type: 'handed-on'; readonly handOn: HandOn; readonly copied: boolean }
  | { readonly type: 'set-role'; readonly row: number; readonly role: ServerRole }
  | { readonly type: 'no-command'; readonly code: 'no-server' | 'no-reference' | 'bad-fqdn' }
  | { readonly type: 'drag'; readonly field: FieldRef | null }
  | { readonly type: 'toggle'; readonly key: string; readonly open: boolean }
  | { readonly type: 'print'; readonly printing: boolean }
  | { readonly type: 'ready' };

/** A field with nothing in it. */
export const emptyField: FieldState = { text: '', files: [], refusals: [] };

/** A row's FQDN from the field's text: the one place an FQDN is trimmed and checked. */
export function fqdnOf(typed: string): Pick<RowState, 'typed' | 'fqdn' | 'problem'> {
  const syntax = checkFqdnSyntax(typed);
  return { typed, fqdn: typed.trim(), problem: syntax.ok ? null : syntax.code };
}

/** A row with FQDN `typed` and an empty field. */
export const newRow = (id: number, typed: string, fromCertificate = false): RowState => ({
  id,
  ...fqdnOf(typed),
  fromCertificate,
  role: 'persistent-chat',
  field: emptyField,
});

/** The state of a fresh checker with one blank row (id 1, as the server-rendered markup). */
export const initialState: CheckerState = {
  reference: emptyField,
  bulk: emptyField,
  rows: [newRow(1, '')],
  nextId: 2,
  day: '',
  today: '',
  linkIgnored: 0,
  linkBadDay: null,
  sent: null,
  bundles: [],
  splitting: null,
  slow: false,
  progress: null,
  recognitions: new Map(),
  outcome: null,
  failed: false,
  announcement: null,
  fallback: null,
  handOn: null,
  focus: null,
  dragging: null,
  opened: new Set(),
  printing: false,
  ready: false,
};

/** The inputs of a field with their keys: pasted text first (when not blank), then files. */
export function fieldInputs(
  prefix: string,
  field: FieldState,
): { input: WorkerInput; name: string | null; file: number | null; label: string | null }[] {
  const text =
    field.text.trim() === ''
      ? []
      : [
          {
            input: { key: `${prefix}:text`, text: field.text },
            name: null,
            file: null,
            label: null,
          },
        ];
  // A label with no certificate under it has nothing to read.
  const files = field.files
    .filter((file) => file.problem === undefined)
    .map((file) => ({
      input: { key: `${prefix}:${file.id}`, bytes: file.bytes },
      name: file.name,
      file: file.id,
      label: file.label ?? null,
    }));
  return [...text, ...files];
}
