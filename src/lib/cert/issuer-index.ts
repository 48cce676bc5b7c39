// Which certificates could have signed a certificate: those whose subject is its issuer name and
// whose key identifier its Authority Key Identifier allows. Built once per run, so that finding
// them costs no pairwise name comparison, and each key is tried once however often it is listed.
// Each group keeps what trying its keys costs, so that a run's work is known before it starts.
import type { CertificateInfo } from './types.ts';
import { bytesKey } from './bytes-key.ts';
import { nameKey } from './name-compare.ts';
import { dataCost, keyCost } from './signature-cost.ts';

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

/** Certificates with one public key each, and what trying all of their keys costs. */
interface KeyGroup {
  readonly keys: Map<string, CertificateInfo>;
  /** The sum of `keyCost` over `keys`. */
  cost: number;
}

/** One name's certificates: each public key once, grouped by subject key identifier. */
interface Bucket {
  /** Every certificate with this subject (each object once, in input order), by public key. */
  readonly byKey: Map<string, CertificateInfo[]>;
  /** One certificate per public key. */
  readonly all: KeyGroup;
  /** One certificate per public key, for each subject key identifier. */
  readonly bySki: Map<string, KeyGroup>;
  /** One certificate per public key among those without a subject key identifier. */
  readonly noSki: KeyGroup;
}

const newGroup = (): KeyGroup => ({ keys: new Map(), cost: 0 });

const newBucket = (): Bucket => ({
  byKey: new Map(),
  all: newGroup(),
  bySki: new Map(),
  noSki: newGroup(),
});

/** Adds a certificate to a group unless its key is there already. */
function addKey(group: KeyGroup, key: string, cert: CertificateInfo): void {
  if (group.keys.has(key)) return;
  group.keys.set(key, cert);
  group.cost += keyCost(cert.subjectPublicKeyInfo);
}

/** What checking a signature over `cert` with every key of `group` costs. */
const groupCost = (group: KeyGroup | undefined, cert: CertificateInfo): number =>
  group ? group.cost + group.keys.size * dataCost(cert.der.length) : 0;

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
      addKey(bucket.all, key, cert);
      let group = bucket.noSki;
      if (cert.subjectKeyId !== null) {
        group = bucket.bySki.get(cert.subjectKeyId) ?? newGroup();
        bucket.bySki.set(cert.subjectKeyId, group);
      }
      addKey(group, key, cert);
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
    if (cert.authorityKeyId === null) return [...bucket.all.keys.values()];
    const byKey = new Map(bucket.bySki.get(cert.authorityKeyId)?.keys);
    for (const [key, candidate] of bucket.noSki.keys)
      if (!byKey.has(key)) byKey.set(key, candidate);
    return [...byKey.values()];
  }

  /** What the signature checks of `candidates(cert)` cost (signature-cost.ts), without listing them. */
  candidateCost(cert: CertificateInfo): number {
    const bucket = this.buckets.get(nameKey(cert.issuer));
    if (!bucket) return 0;
    if (cert.authorityKeyId === null) return groupCost(bucket.all, cert);
    // An upper bound: a key listed both with and without this SKI is counted twice.
    return groupCost(bucket.bySki.get(cert.authorityKeyId), cert) + groupCost(bucket.noSki, cert);
  }

  /** One certificate per public key with this subject name and subject key identifier. */
  withKeyId(name: CertificateInfo['subject'], keyId: string): CertificateInfo[] {
    return [...(this.buckets.get(nameKey(name))?.bySki.get(keyId)?.keys.values() ?? [])];
  }
}
