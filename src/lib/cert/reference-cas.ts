// Who is the reference CA (contract: "Who is the reference CA"). Each reference CA is a name, its
// key identifier, and the certificates whose public key is known to be that CA's key.
import type { CertificateInfo, DistinguishedName } from './types.ts';
import { namesEqual } from './name-compare.ts';
import { verifySignature } from './verify-signature.ts';

/** One reference CA with the evidence available for it. */
export interface ReferenceCa {
  readonly name: DistinguishedName;
  readonly keyId: string | null;
  /** Certificates holding a public key proven (or supplied) to be this CA's key. */
  readonly keys: readonly CertificateInfo[];
  /** Whether this CA is a self-issued root. */
  readonly isRoot: boolean;
}

/** Whether `ca` issued `other` (a different certificate naming it as issuer). */
const issued = (ca: CertificateInfo, other: CertificateInfo): boolean =>
  other !== ca && !other.selfIssued && namesEqual(other.issuer, ca.subject);

/** The CA certificates among all inputs whose key verifies a reference end-entity's signature. */
async function provenKeys(
  ee: CertificateInfo,
  pool: readonly CertificateInfo[],
): Promise<CertificateInfo[]> {
  // Every server's chain repeats the same CA certificates (one shared object once parsed): judge
  // each object once, all at the same time, then list the proven ones in pool order as before.
  const named = [...new Set(pool)].filter((c) => namesEqual(c.subject, ee.issuer));
  const outcomes = await Promise.all(
    named.map((candidate) => verifySignature(ee.der, candidate.subjectPublicKeyInfo)),
  );
  const proven = new Set(named.filter((_, i) => outcomes[i] === 'valid'));
  return pool.filter((candidate) => proven.has(candidate));
}

/** Adds a CA unless one with the same name and key identifier is already listed. */
function addCa(list: ReferenceCa[], ca: ReferenceCa): void {
  const same = list.find((known) => namesEqual(known.name, ca.name) && known.keyId === ca.keyId);
  if (!same) list.push(ca);
  else if (ca.keys.length > 0)
    list[list.indexOf(same)] = { ...same, keys: [...same.keys, ...ca.keys] };
}

/** The reference CAs, in order of first appearance; `pool` is every certificate of every input. */
export async function selectReferenceCas(
  references: readonly CertificateInfo[],
  pool: readonly CertificateInfo[],
): Promise<ReferenceCa[]> {
  const endEntities = references.filter((c) => !c.isCa);
  const result: ReferenceCa[] = [];
  const caEntry = (c: CertificateInfo): ReferenceCa => ({
    name: c.subject,
    keyId: c.subjectKeyId,
    keys: [c],
    isRoot: c.selfIssued,
  });
  if (endEntities.length === 0) {
    for (const ca of references) {
      if (!references.some((other) => other.isCa && issued(ca, other))) addCa(result, caEntry(ca));
    }
    return result;
  }
  for (const cert of references) {
    if (cert.isCa) {
      if (endEntities.some((ee) => namesEqual(ee.issuer, cert.subject)))
        addCa(result, caEntry(cert));
      continue;
    }
    const keys = await provenKeys(cert, pool);
    const proven = keys[0];
    // A proven key makes the CA certificate's identity the reference; else the EE's AKI stands in.
    if (proven) addCa(result, { ...caEntry(proven), keys });
    else addCa(result, { name: cert.issuer, keyId: cert.authorityKeyId, keys: [], isRoot: false });
  }
  // An EE-derived entry without keys is redundant when a CA entry with its name and key id exists.
  return result.filter(
    (ca) =>
      ca.keys.length > 0 ||
      !result.some(
        (o) =>
          o !== ca &&
          o.keys.length > 0 &&
          namesEqual(o.name, ca.name) &&
          (o.keyId === ca.keyId || ca.keyId === null),
      ),
  );
}
