// Test certificates parsed once each and looked up by the label a test table names them by, so
// that a result's certificates can be named back (tests of the decision core's parts).
import { parseInput, type CertificateInfo } from '../../../src/lib/cert/index.ts';
import type { TestCert } from './issue.ts';

/** The parsed certificates of a labelled set, and the label of a parsed one. */
export interface ParsedByLabel<Label extends string> {
  /** The parsed certificate of `label`. */
  readonly info: (label: Label) => CertificateInfo;
  /** The label a parsed certificate came from ('unknown' for none of the set). */
  readonly labelOf: (cert: CertificateInfo) => string;
  /** Every label with its parsed certificate, in the set's order. */
  readonly entries: readonly (readonly [Label, CertificateInfo])[];
}

/** Parses each certificate of `certs` once; a certificate that does not parse fails the test. */
export async function parsedByLabel<Label extends string>(
  certs: Readonly<Record<Label, TestCert>>,
): Promise<ParsedByLabel<Label>> {
  const parsed = new Map<Label, CertificateInfo>();
  for (const [label, cert] of Object.entries(certs) as [Label, TestCert][]) {
    const result = await parseInput(cert.der);
    const info = result.ok ? result.certificates[0] : undefined;
    if (!info) throw new Error(`${label} did not parse`);
    parsed.set(label, info);
  }
  return {
    info: (label) => parsed.get(label) as CertificateInfo,
    labelOf: (cert) => [...parsed].find(([, c]) => c === cert)?.[0] ?? 'unknown',
    entries: [...parsed],
  };
}
