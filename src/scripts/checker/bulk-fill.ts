// Many servers at once (docs/checker-contract.md, "Many certificates at once"): each end-entity
// certificate goes to the row whose FQDN one of its DNS names names, prefilled rows first; the
// others fill blank rows, then new ones, with the FQDN taken from the certificate. CA
// certificates travel as the chain of the certificates they issued. Nothing typed is lost.
import { canonicalHost } from '../../lib/cert/checks/hostname.ts';
import type { SplitCertificate } from './worker-protocol.ts';

/** A row as the rule sees it. */
export interface BulkRow {
  readonly id: number;
  readonly fqdn: string;
  /** True when the row already has a certificate (text or file). */
  readonly hasCertificate: boolean;
}

/** Where one end-entity certificate goes, with its chain (DER, server certificate first). */
export interface BulkAssignment {
  /** An existing row's id, or null for a new row. */
  readonly row: number | null;
  /** The FQDN a new or blank row gets; an existing row's FQDN is kept as typed. */
  readonly fqdn: string;
  /** True when the FQDN was taken from the certificate. */
  readonly fromCertificate: boolean;
  readonly ders: readonly Uint8Array[];
  /** The DER is a certificate request, written back with its own armor. */
  readonly request: boolean;
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
const dersOf = (certificate: SplitCertificate, cas: readonly SplitCertificate[]): Uint8Array[] =>
  certificate.request
    ? [certificate.der]
    : [certificate.der, ...chainOf(certificate, cas).map((ca) => ca.der)];

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
  for (const certificate of pool.filter((one) => !one.isCa)) {
    const names = new Set(certificate.dnsNames.map(canonicalHost));
    const row = rows.find(
      (candidate) =>
        open(candidate) && candidate.fqdn.trim() !== '' && names.has(canonicalHost(candidate.fqdn)),
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
      ders: dersOf(certificate, cas),
      request: certificate.request,
    });
  }
  for (const certificate of unmatched) {
    const blank = rows.find((candidate) => open(candidate) && candidate.fqdn.trim() === '');
    if (blank !== undefined) taken.add(blank.id);
    const fqdn = certificate.dnsNames[0] ?? '';
    assignments.push({
      row: blank?.id ?? null,
      fqdn,
      fromCertificate: fqdn !== '',
      ders: dersOf(certificate, cas),
      request: certificate.request,
    });
  }
  return assignments;
}
