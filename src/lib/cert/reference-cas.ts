// Who is the reference CA (contract: "Who is the reference CA"). Each reference CA is a name, its
// key identifier, the certificates whose public key is known to be that CA's key, and the CA
// certificates shown to hold another key under the same name and key identifier.
import type { CertificateInfo, DistinguishedName } from './types.ts';
import { IssuerIndex, keyOf } from './issuer-index.ts';
import { nameKey } from './name-compare.ts';
import type { SignatureBudget } from './signature-budget.ts';

/** One reference CA with the evidence available for it. */
export interface ReferenceCa {
  readonly name: DistinguishedName;
  readonly keyId: string | null;
  /** Certificates holding a public key proven (or supplied) to be this CA's key. */
  readonly keys: readonly CertificateInfo[];
  /**
   * CA certificates with this name and key identifier but another key, shown not to be this CA's
   * (contract: "Chain evidence settles it"); one per key.
   */
  readonly impostors: readonly CertificateInfo[];
  /** Whether this CA is a self-issued root. */
  readonly isRoot: boolean;
}

/** What checking one reference end entity's signature showed. */
interface Proof {
  readonly ee: CertificateInfo;
  /** Certificates (each once) holding a key that verifies the end entity's signature. */
  readonly proven: readonly CertificateInfo[];
  /** Keys (see keyOf) with the end entity's issuer name and AKI that do not verify it. */
  readonly refuted: ReadonlySet<string>;
}

/** The signature work that choosing the reference CAs costs for these reference certificates. */
export function referenceCheckCost(
  references: readonly CertificateInfo[],
  index: IssuerIndex,
): number {
  return references.reduce((sum, c) => sum + (c.isCa ? 0 : index.candidateCost(c)), 0);
}

/** Checks a reference end entity's signature with every key its issuer name and AKI allow. */
async function prove(
  ee: CertificateInfo,
  index: IssuerIndex,
  budget: SignatureBudget,
): Promise<Proof> {
  const candidates = index.candidates(ee);
  const outcomes = await Promise.all(candidates.map((c) => budget.verify(ee, c)));
  const valid = new Set(candidates.filter((_, i) => outcomes[i] === 'valid').map(keyOf));
  const refuted = new Set(
    candidates
      .filter((c, i) => outcomes[i] === 'invalid' && c.subjectKeyId === ee.authorityKeyId)
      .map(keyOf),
  );
  return { ee, proven: index.holding(ee, valid), refuted };
}

/** A map keyed by (name, key identifier); nested so that a long name is never copied into a key. */
class ByNameAndKeyId<V> {
  private readonly byName = new Map<string, Map<string | null, V>>();

  /** The value stored for this name and key identifier. */
  get(name: DistinguishedName, keyId: string | null): V | undefined {
    return this.byName.get(nameKey(name))?.get(keyId);
  }

  /** Stores a value for this name and key identifier. */
  set(name: DistinguishedName, keyId: string | null, value: V): void {
    const ids = this.byName.get(nameKey(name)) ?? new Map<string | null, V>();
    this.byName.set(nameKey(name), ids.set(keyId, value));
  }
}

type Entry = Omit<ReferenceCa, 'impostors'>;

/** Reference CA entries in order of first appearance, one per name and key identifier. */
class Entries {
  private readonly list: Entry[] = [];
  /** The keys of each listed entry: the very array the entry holds, so that adding keys extends it. */
  private readonly keysOf = new ByNameAndKeyId<CertificateInfo[]>();

  /** Adds a CA, merging its keys into a listed one with the same name and key identifier. */
  add(ca: Entry): void {
    const keys = this.keysOf.get(ca.name, ca.keyId);
    if (keys === undefined) {
      const own = [...ca.keys];
      this.keysOf.set(ca.name, ca.keyId, own);
      this.list.push({ ...ca, keys: own });
      return;
    }
    // Many reference end entities name one CA: its certificates are listed once each.
    for (const key of ca.keys) if (!keys.includes(key)) keys.push(key);
  }

  /** The entries in order. */
  values(): readonly Entry[] {
    return this.list;
  }
}

const caEntry = (c: CertificateInfo): Entry => ({
  name: c.subject,
  keyId: c.subjectKeyId,
  keys: [c],
  isRoot: c.selfIssued,
});

/** The entries when the references hold CA certificates only: the lowest CAs of their chains. */
function lowestCas(references: readonly CertificateInfo[]): readonly Entry[] {
  const issuers = new Set(
    references.filter((c) => c.isCa && !c.selfIssued).map((c) => nameKey(c.issuer)),
  );
  const entries = new Entries();
  for (const ca of references) if (!issuers.has(nameKey(ca.subject))) entries.add(caEntry(ca));
  return entries.values();
}

/** The entries when the references hold end entities: their issuers, proven where possible. */
async function issuersOf(
  references: readonly CertificateInfo[],
  index: IssuerIndex,
  budget: SignatureBudget,
): Promise<{ entries: readonly Entry[]; refuted: ByNameAndKeyId<Set<string>> }> {
  // Each reference's proof by position; none for a CA certificate.
  const proofs = await Promise.all(
    references.map((c) => (c.isCa ? null : prove(c, index, budget))),
  );
  // Keys refuted under each (issuer name, key identifier) by a reference end entity.
  const refuted = new ByNameAndKeyId<Set<string>>();
  const issuerNames = new Set<string>();
  for (const proof of proofs) {
    if (!proof) continue;
    const { ee } = proof;
    issuerNames.add(nameKey(ee.issuer));
    const known = refuted.get(ee.issuer, ee.authorityKeyId) ?? new Set<string>();
    for (const key of proof.refuted) known.add(key);
    refuted.set(ee.issuer, ee.authorityKeyId, known);
  }
  const entries = new Entries();
  for (const [i, cert] of references.entries()) {
    const proof = proofs[i];
    if (!proof) {
      const isRefuted = refuted.get(cert.subject, cert.subjectKeyId)?.has(keyOf(cert));
      if (issuerNames.has(nameKey(cert.subject)) && !isRefuted) entries.add(caEntry(cert));
      continue;
    }
    const keys = proof.proven;
    const proven = keys[0];
    // A proven key makes the CA certificate's identity the reference; else the EE's AKI stands in.
    if (proven) entries.add({ ...caEntry(proven), keys });
    else entries.add({ name: cert.issuer, keyId: cert.authorityKeyId, keys: [], isRoot: false });
  }
  // An end entity without AKI whose issuer was not proven adds nothing beside a CA of that name
  // with a known key (one with a key identifier would have been merged into its entry).
  const keyedNames = new Set(
    entries
      .values()
      .filter((e) => e.keys.length > 0)
      .map((e) => nameKey(e.name)),
  );
  const kept = entries
    .values()
    .filter((e) => e.keys.length > 0 || e.keyId !== null || !keyedNames.has(nameKey(e.name)));
  return { entries: kept, refuted };
}

/** The reference CAs, in order of first appearance; `index` holds every certificate of every input. */
export async function selectReferenceCas(
  references: readonly CertificateInfo[],
  index: IssuerIndex,
  budget: SignatureBudget,
): Promise<ReferenceCa[]> {
  const hasEndEntity = references.some((c) => !c.isCa);
  const { entries, refuted } = hasEndEntity
    ? await issuersOf(references, index, budget)
    : { entries: lowestCas(references), refuted: new ByNameAndKeyId<Set<string>>() };
  return entries.map((entry) => {
    if (entry.keyId === null) return { ...entry, impostors: [] };
    // Another key under a known key's name and key id, or one a reference end entity refuted.
    const known = new Set(entry.keys.map(keyOf));
    const refutedHere = refuted.get(entry.name, entry.keyId);
    const impostors = index
      .withKeyId(entry.name, entry.keyId)
      .filter(
        (c) => !known.has(keyOf(c)) && (known.size > 0 || (refutedHere?.has(keyOf(c)) ?? false)),
      );
    return { ...entry, impostors };
  });
}
