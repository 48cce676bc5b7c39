// Many servers at once (docs/checker-contract.md, "Many certificates at once"): each end-entity
// certificate goes to the row whose FQDN one of its DNS names names, prefilled rows first; the
// others fill blank rows, then new ones, with the FQDN taken from the certificate. CA
// certificates travel as the chain of the certificates they issued. Nothing typed is lost.
import { canonicalHost } from '../../../lib/cert/index.ts';
import type { SplitCertificate, WorkerAnswer } from '../protocol.ts';
import { fillLabelled } from './fill-labelled.ts';
import {
  emptyField,
  newRow,
  type CheckerState,
  type FieldState,
  type Refusal,
  type RowState,
} from './state.ts';

/** A row as the rule sees it. */
export interface BulkRow {
  readonly id: number;
  /** The row's FQDN, trimmed. */
  readonly fqdn: string;
  /** True when the row already has a certificate (text or file). */
  readonly hasCertificate: boolean;
}

/** Where one end-entity certificate goes, with its chain (PEM, server certificate first). */
export interface BulkAssignment {
  /** An existing row's id, or null for a new row. */
  readonly row: number | null;
  /** The FQDN a new or blank row gets; an existing row's FQDN is kept as typed. */
  readonly fqdn: string;
  /** True when the FQDN was taken from the certificate. */
  readonly fromCertificate: boolean;
  readonly pems: readonly string[];
}

/** The CA certificates above `certificate` in the pool, nearest first, by issuer name. */
function chainOf(
  certificate: SplitCertificate,
  cas: readonly SplitCertificate[],
): SplitCertificate[] {
  const chain: SplitCertificate[] = [];
  let issuer = certificate.issuer;
  for (;;) {
    const next = cas.find((ca) => ca.subject === issuer && !chain.includes(ca));
    if (next === undefined || next.subject === next.issuer) {
      if (next !== undefined) chain.push(next);
      return chain;
    }
    chain.push(next);
    issuer = next.issuer;
  }
}

/** A certificate with its chain, server certificate first; a request stands alone. */
const pemsOf = (certificate: SplitCertificate, cas: readonly SplitCertificate[]): string[] =>
  certificate.request
    ? [certificate.pem]
    : [certificate.pem, ...chainOf(certificate, cas).map((ca) => ca.pem)];

/** Assigns the pool's end-entity certificates and requests to rows by the contract's rule. */
export function assignCertificates(
  rows: readonly BulkRow[],
  pool: readonly SplitCertificate[],
): BulkAssignment[] {
  const cas = pool.filter((certificate) => certificate.isCa);
  const taken = new Set<number>();
  const open = (row: BulkRow): boolean => !taken.has(row.id) && !row.hasCertificate;
  const assignments: BulkAssignment[] = [];
  const unmatched: SplitCertificate[] = [];
  // Each row's host once: hundreds of rows are compared with hundreds of certificates.
  const hosts = new Map(
    rows.flatMap((row) => (row.fqdn === '' ? [] : [[row.id, canonicalHost(row.fqdn)] as const])),
  );
  for (const certificate of pool.filter((one) => !one.isCa)) {
    const names = new Set(certificate.hosts);
    const row = rows.find(
      (candidate) =>
        open(candidate) && candidate.fqdn !== '' && names.has(hosts.get(candidate.id) ?? ''),
    );
    if (row === undefined) {
      unmatched.push(certificate);
      continue;
    }
    taken.add(row.id);
    assignments.push({
      row: row.id,
      fqdn: row.fqdn,
      fromCertificate: false,
      pems: pemsOf(certificate, cas),
    });
  }
  for (const certificate of unmatched) {
    const blank = rows.find((candidate) => open(candidate) && candidate.fqdn === '');
    if (blank !== undefined) taken.add(blank.id);
    const fqdn = certificate.dnsNames[0] ?? '';
    assignments.push({
      row: blank?.id ?? null,
      fqdn,
      fromCertificate: fqdn !== '',
      pems: pemsOf(certificate, cas),
    });
  }
  return assignments;
}

const encoder = new TextEncoder();

/**
 * Distributes a split answer over the rows of `state`, new rows as needed: a bundle's labels
 * first (fill-labelled.ts), then the certificates matched by their SAN.
 */
export function fillRows(
  bulkState: CheckerState,
  message: Extract<WorkerAnswer, { type: 'split' }>,
): CheckerState {
  const bundles = message.inputs.flatMap((input) => (input.bundle === null ? [] : [input.bundle]));
  const state = bundles.length === 0 ? bulkState : fillLabelled(bulkState, bundles);
  // A file's name says which of several dropped files a line or a refusal is about.
  const nameOf = (key: string): string | null =>
    bulkState.bulk.files.find((file) => key === `bulk:${file.id}`)?.name ?? null;
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
  const filled = new Map<number, FieldState>();
  const named = new Map<number, { fqdn: string; fromCertificate: boolean }>();
  const added: RowState[] = [];
  for (const assignment of assignments) {
    const file = {
      id: nextId++,
      name: assignment.fqdn === '' ? 'certificate.pem' : `${assignment.fqdn}.pem`,
      bytes: encoder.encode(assignment.pems.join('')),
    };
    const field: FieldState = { text: '', files: [file], refusals: [] };
    if (assignment.row === null) {
      added.push({ ...newRow(nextId++, assignment.fqdn, assignment.fromCertificate), field });
      continue;
    }
    filled.set(assignment.row, field);
    named.set(assignment.row, assignment);
  }
  const rows = state.rows.map((row) => {
    const field = filled.get(row.id);
    if (field === undefined) return row;
    const name = named.get(row.id);
    // A blank row takes the certificate's FQDN; a typed one keeps it.
    return row.fqdn === '' && name !== undefined
      ? { ...newRow(row.id, name.fqdn, name.fromCertificate), field }
      : { ...row, field };
  });
  const refusals = message.inputs.flatMap(({ key, error }): Refusal[] =>
    error === null
      ? []
      : [
          {
            name: nameOf(key),
            code:
              error.code === 'pkcs12' || error.code === 'private-key' ? error.code : 'unreadable',
            error,
          },
        ],
  );
  return {
    ...state,
    nextId,
    rows: [...rows, ...added],
    bulk: { ...emptyField, refusals },
    bundles: message.inputs.flatMap(({ key, bundle }) =>
      bundle === null ? [] : [{ name: nameOf(key), summary: bundle.summary }],
    ),
  };
}
