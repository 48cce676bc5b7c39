// Which certificates could have signed a certificate: those whose subject is its issuer name and
// whose key identifier its Authority Key Identifier allows. Built once per run, so that finding
// them costs no pairwise name comparison, and each key is tried once however often it is listed.
import type { CertificateInfo } from './types.ts';
import { bytesKey } from './bytes-key.ts';
import { nameKey } from './name-compare.ts';

/** Whether an AKI and an SKI allow a signature check: equal, or one of them missing. */
export const keyIdsAllow = (authorityKeyId: string | null, subjectKeyId: string | null): boolean =>
  authorityKeyId === null || subjectKeyId === null || authorityKeyId === subjectKeyId;

const spkiKeys = new WeakMap<CertificateInfo, string>();

/** A string equal for two certificates exactly when they hold the same public key. */
export function keyOf(cert: CertificateInfo): string {
  let key = spkiKeys.get(cert);
  if (key === undefined) {
    // A key too large for bytesKey is never shared: the certificate's own identity stands in.
    key = bytesKey(cert.subjectPublicKeyInfo) ?? `#${cert.sha256}`;
    spkiKeys.set(cert, key);
  }
  return key;
}

/** One name's certificates: each public key once, grouped by subject key identifier. */
interface Bucket {
  /** Every certificate with this subject (each object once, in input order), by public key. */
  readonly byKey: Map<string, CertificateInfo[]>;
  /** One certificate per public key. */
  readonly keys: Map<string, CertificateInfo>;
  /** One certificate per public key, for each subject key identifier. */
  readonly bySki: Map<string, Map<string, CertificateInfo>>;
  /** One certificate per public key among those without a subject key identifier. */
  readonly noSki: Map<string, CertificateInfo>;
}

const newBucket = (): Bucket => ({
  byKey: new Map(),
  keys: new Map(),
  bySki: new Map(),
  noSki: new Map(),
});

/** The certificates of a run, indexed by subject name, public key and key identifier. */
export class IssuerIndex {
  private readonly buckets = new Map<string, Bucket>();

  /** Indexes `pool` (every certificate of every input; repeats are ignored). */
  constructor(pool: Iterable<CertificateInfo>) {
    const seen = new Set<CertificateInfo>();
    for (const cert of pool) {
      if (seen.has(cert)) continue;
      seen.add(cert);
      const name = nameKey(cert.subject);
      const bucket = this.buckets.get(name) ?? newBucket();
      this.buckets.set(name, bucket);
      const key = keyOf(cert);
      const holders = bucket.byKey.get(key);
      if (holders) holders.push(cert);
      else bucket.byKey.set(key, [cert]);
      if (!bucket.keys.has(key)) bucket.keys.set(key, cert);
      let group = bucket.noSki;
      if (cert.subjectKeyId !== null) {
        group = bucket.bySki.get(cert.subjectKeyId) ?? new Map();
        bucket.bySki.set(cert.subjectKeyId, group);
      }
      if (!group.has(key)) group.set(key, cert);
    }
  }

  /** Every certificate with `cert`'s issuer name as subject that holds one of `keys`. */
  holding(cert: CertificateInfo, keys: ReadonlySet<string>): CertificateInfo[] {
    const bucket = this.buckets.get(nameKey(cert.issuer));
    return bucket ? [...keys].flatMap((key) => bucket.byKey.get(key) ?? []) : [];
  }

  /** One certificate per public key worth trying on `cert`'s signature (names and key ids allow). */
  candidates(cert: CertificateInfo): CertificateInfo[] {
    const bucket = this.buckets.get(nameKey(cert.issuer));
    if (!bucket) return [];
    if (cert.authorityKeyId === null) return [...bucket.keys.values()];
    const byKey = new Map(bucket.bySki.get(cert.authorityKeyId));
    for (const [key, candidate] of bucket.noSki) if (!byKey.has(key)) byKey.set(key, candidate);
    return [...byKey.values()];
  }

  /** How many signature checks `candidates(cert)` asks for, without listing them. */
  candidateCount(cert: CertificateInfo): number {
    const bucket = this.buckets.get(nameKey(cert.issuer));
    if (!bucket) return 0;
    if (cert.authorityKeyId === null) return bucket.keys.size;
    // An upper bound: a key listed both with and without this SKI is counted twice.
    return (bucket.bySki.get(cert.authorityKeyId)?.size ?? 0) + bucket.noSki.size;
  }

  /** One certificate per public key with this subject name and subject key identifier. */
  withKeyId(name: CertificateInfo['subject'], keyId: string): CertificateInfo[] {
    return [...(this.buckets.get(nameKey(name))?.bySki.get(keyId)?.values() ?? [])];
  }
}
