// The one message protocol between the page and the checker's worker. A request carries an id,
// the inputs and the instant to check at; a newer request supersedes an older one; the worker
// answers with what each input holds, progress, and the report.
import type { CheckReport, InputError, ServerResult } from '../../lib/cert/types.ts';

/** One input: pasted text (encoded in the worker) or a file's bytes, under its field's key. */
export type WorkerInput =
  | { readonly key: string; readonly text: string }
  | { readonly key: string; readonly bytes: Uint8Array };

/** A check: every input is described; `references` and `servers` point into `inputs`. */
export interface CheckRequestMessage {
  readonly type: 'check';
  readonly id: number;
  /** The instant validity is checked at, in milliseconds since the epoch. */
  readonly at: number;
  readonly inputs: readonly WorkerInput[];
  readonly references: readonly number[];
  readonly servers: readonly { readonly fqdn: string; readonly input: number }[];
}

/** Splits inputs into their certificates, for filling many server rows at once. */
export interface SplitRequestMessage {
  readonly type: 'split';
  readonly id: number;
  readonly inputs: readonly WorkerInput[];
}

/** What the page sends. */
export type WorkerRequest = CheckRequestMessage | SplitRequestMessage;

/** The format an input was read as. */
export type InputFormat = 'pem' | 'der' | 'base64' | 'pkcs7';

/** What one input holds, told before any check: its format and certificates, or its error. */
export type Recognition =
  | {
      readonly ok: true;
      readonly format: InputFormat;
      /** Each certificate's display name (CN, else first DNS name, else subject). */
      readonly names: readonly string[];
      /** For a certificate request: the name it asks for (first DNS name, else CN); else null. */
      readonly request: string | null;
    }
  | { readonly ok: false; readonly error: InputError };

/** One certificate of a split input. */
export interface SplitCertificate {
  readonly der: Uint8Array;
  /** A certificate request (PKCS#10) rather than a certificate: it takes a row, never a chain. */
  readonly request: boolean;
  readonly isCa: boolean;
  readonly dnsNames: readonly string[];
  readonly subject: string;
  readonly issuer: string;
}

/** One server's result with the index (into the request's `servers`) it came from. */
export interface IndexedResult {
  readonly server: number;
  readonly result: ServerResult;
}

/** Every answer of the worker names the request it belongs to. */
export type WorkerResponse =
  | {
      readonly type: 'recognized';
      readonly id: number;
      readonly inputs: readonly { readonly key: string; readonly recognition: Recognition }[];
    }
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly type: 'report';
      readonly id: number;
      /** Null when there was nothing to check (no input at all). */
      readonly report: CheckReport | null;
      readonly results: readonly IndexedResult[];
      /** Input errors by input key. */
      readonly errors: readonly { readonly key: string; readonly error: InputError }[];
      /** What each input holds, as in `recognized` (which only a slow check sends first). */
      readonly recognized: readonly { readonly key: string; readonly recognition: Recognition }[];
    }
  | {
      readonly type: 'split';
      readonly id: number;
      readonly inputs: readonly {
        readonly key: string;
        readonly certificates: readonly SplitCertificate[] | null;
        readonly error: InputError | null;
      }[];
    }
  | { readonly type: 'failed'; readonly id: number };

/** The warm-up's last report (built-in certificates), sent once, for the page to train on. */
export interface WarmedMessage {
  readonly type: 'warmed';
  readonly report: CheckReport;
}

/** Everything the worker sends: answers to requests, and the warm-up report, which answers none. */
export type WorkerMessage = WorkerResponse | WarmedMessage;
