// The one message protocol between the page (page/, the main thread) and the checker's worker
// (worker/). A request carries an id, the inputs and the instant to check at; a newer request of
// the same kind supersedes an older one; the worker answers with what each input holds, progress
// and the report. Types only: both sides import this file, neither imports the other.
import type {
  BundleSummary,
  CheckReport,
  InputError,
  InputFormat,
  Message,
} from '../../lib/cert/index.ts';
import type { ServerRole } from '../../lib/command-line/build-command-line.ts';

/** One input: pasted text (encoded in the worker) or a file's bytes, under a key the page chose. */
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
  /** The report's results name their server by its index here (`ServerResult.index`). */
  readonly servers: readonly {
    readonly fqdn: string;
    readonly input: number;
    /** A bundle certificate's label words: several with one FQDN are one server's certificates. */
    readonly label?: string;
  }[];
}

/** Splits inputs into their certificates, for filling many server rows at once. */
export interface SplitRequestMessage {
  readonly type: 'split';
  readonly id: number;
  readonly inputs: readonly WorkerInput[];
}

/** What the page sends. */
export type WorkerRequest = CheckRequestMessage | SplitRequestMessage;

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

/** One input's recognition, under the input's key. */
export interface RecognizedInput {
  readonly key: string;
  readonly recognition: Recognition;
}

/** One certificate of a split input. */
export interface SplitCertificate {
  /** The certificate (or request) alone as PEM, in its own armor: what a filled row holds. */
  readonly pem: string;
  /** A certificate request (PKCS#10) rather than a certificate: it takes a row, never a chain. */
  readonly request: boolean;
  readonly isCa: boolean;
  readonly dnsNames: readonly string[];
  /** The DNS names as host names compare (A-labels, lower case, no trailing dot). */
  readonly hosts: readonly string[];
  readonly subject: string;
  readonly issuer: string;
}

/** The text under one label of a bundle, named by its label line. */
export interface BundleInput {
  /** The label line (`# fe01.contoso.com FrontEnd Default`), naming the input on the page. */
  readonly name: string;
  /** The label's words after the FQDN (`FrontEnd Default`); `reference` for the reference. */
  readonly label: string;
  readonly pem: string;
  /** Why the label gives nothing to check (no certificate under it); null when it does. */
  readonly problem: Message | null;
}

/** One server of a bundle: every certificate labelled with its FQDN, for one row. */
export interface BundleServer {
  /** The FQDN as its first label spells it: a new row's FQDN. */
  readonly fqdn: string;
  /** The FQDN as host names compare, to find the row that already has it. */
  readonly host: string;
  /** The role its labels name (`FrontEnd`, `PersistentChat`), or null. */
  readonly role: ServerRole | null;
  readonly certificates: readonly BundleInput[];
}

/** What a split input that was a bundle held besides its unlabelled certificates. */
export interface SplitBundle {
  /** What was found, for the field's recognized line. */
  readonly summary: BundleSummary;
  readonly references: readonly BundleInput[];
  readonly servers: readonly BundleServer[];
}

/** Every answer of the worker names the request it belongs to. */
export type WorkerAnswer =
  | {
      readonly type: 'recognized';
      readonly id: number;
      readonly inputs: readonly RecognizedInput[];
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
      /** Null when there was nothing to check (no reference and no server). */
      readonly report: CheckReport | null;
      /** Input errors by input key, those found while checking included. */
      readonly errors: readonly { readonly key: string; readonly error: InputError }[];
      /** What each input holds, as in `recognized` (which only a slow check sends first). */
      readonly recognized: readonly RecognizedInput[];
    }
  | {
      readonly type: 'split';
      readonly id: number;
      readonly inputs: readonly {
        readonly key: string;
        /** Certificates matched by their SAN: the whole input's, or a bundle's unlabelled ones. */
        readonly certificates: readonly SplitCertificate[] | null;
        readonly error: InputError | null;
        /** A bundle's labels and summary; null for an input without labels. */
        readonly bundle: SplitBundle | null;
      }[];
    }
  | { readonly type: 'failed'; readonly id: number };
