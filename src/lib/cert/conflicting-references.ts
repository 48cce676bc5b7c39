// Contradictory references (issue 25): two reference CA certificates with one name and one key
// identifier but different public keys. A key identifier names one key, so one of them poses as
// the other, and nothing in the references says which: they are said, never settled by the order
// they came in. Every reference input holding one gets the same error naming both, whatever the
// order, file or packaging; neither is taken as a reference CA certificate, though like any
// certificate of any input they stay evidence of what a key signed.
import type { CertificateInfo, InputError } from './types.ts';
import { inputError } from './input-error.ts';
import { keyOf } from './issuer-index.ts';
import { nameKey } from './name-compare.ts';

/** What the conflicts among the reference certificates mean for the reference inputs. */
export interface ReferenceConflicts {
  /** The error of each input (by its position in the list given) holding a conflicting CA. */
  readonly errors: ReadonlyMap<number, InputError>;
  /** Every certificate of a conflict: never a reference certificate. */
  readonly conflicting: ReadonlySet<CertificateInfo>;
}

/** The first of some certificates by SHA-256 thumbprint: a choice no input order changes. */
const firstByThumbprint = (certs: readonly CertificateInfo[]): CertificateInfo =>
  certs.reduce((a, b) => (b.sha256 < a.sha256 ? b : a));

/** The error naming two certificates of a conflict, the first by thumbprint first. */
const conflictError = (keyId: string, first: CertificateInfo, second: CertificateInfo) =>
  inputError('conflicting-references', {
    keyId,
    first: first.subject.text,
    firstSerial: first.serialNumber,
    firstThumbprint: first.sha256,
    second: second.subject.text,
    secondSerial: second.serialNumber,
    secondThumbprint: second.sha256,
  });

/** The conflicts among the CA certificates of some reference inputs. */
export function findConflicts(inputs: readonly (readonly CertificateInfo[])[]): ReferenceConflicts {
  // Name → key identifier → public key → the certificates holding it.
  const groups = new Map<string, Map<string, Map<string, CertificateInfo[]>>>();
  for (const cert of inputs.flat()) {
    if (!cert.isCa || cert.subjectKeyId === null) continue;
    const byKeyId = groups.get(nameKey(cert.subject)) ?? new Map();
    groups.set(nameKey(cert.subject), byKeyId);
    const byKey = byKeyId.get(cert.subjectKeyId) ?? new Map<string, CertificateInfo[]>();
    byKeyId.set(cert.subjectKeyId, byKey);
    byKey.set(keyOf(cert), [...(byKey.get(keyOf(cert)) ?? []), cert]);
  }
  const errorOf = new Map<CertificateInfo, InputError>();
  for (const byKeyId of groups.values()) {
    for (const [keyId, byKey] of byKeyId) {
      // Of three keys or more, the two whose certificates sort first by thumbprint are named.
      const [first, second] = [...byKey.values()]
        .map(firstByThumbprint)
        .sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
      if (!first || !second) continue;
      const error = conflictError(keyId, first, second);
      for (const cert of [...byKey.values()].flat()) errorOf.set(cert, error);
    }
  }
  const errors = new Map<number, InputError>();
  for (const [index, certificates] of inputs.entries()) {
    // An input in two conflicts names the one whose first thumbprint sorts first.
    const found = certificates
      .flatMap((cert) => errorOf.get(cert) ?? [])
      .sort((a, b) =>
        String(a.message.params['firstThumbprint']) < String(b.message.params['firstThumbprint'])
          ? -1
          : 1,
      )[0];
    if (found) errors.set(index, found);
  }
  return { errors, conflicting: new Set(errorOf.keys()) };
}
