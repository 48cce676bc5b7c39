// The same-CA decision for one server certificate (contract: "Same-CA decision per server").
import type { CertificateInfo, Message, SameCa, Status } from './types.ts';
import type { CheckMessageKey } from './checks/check-result.ts';
import type { ReferenceCa } from './reference-cas.ts';
import { keyIdsAllow, keyOf } from './issuer-index.ts';
import { namesEqual } from './name-compare.ts';
import type { SignatureBudget } from './signature-budget.ts';
import { checkCost } from './signature-cost.ts';
import type { SignatureOutcome } from './verify-signature.ts';

/** The decision, its status and the evidence message. */
export interface SameCaResult {
  readonly sameCa: SameCa;
  readonly status: Status;
  readonly message: Message;
}

// A reference CA whose key is at hand outranks key identifiers alone: with the key there, only its
// signature can give a pass, since a name and a key identifier can be copied (issue 25).
const strength: readonly SameCa[] = [
  'verified',
  'unverifiable',
  'key-id',
  'name-only',
  'renewed-key',
  'different',
];
const statusOf: Readonly<Record<SameCa, Status>> = {
  verified: 'pass',
  unverifiable: 'warn',
  'key-id': 'pass',
  'name-only': 'warn',
  'renewed-key': 'warn',
  different: 'fail',
};

/** A reference CA's keys worth trying on the server's signature: key identifiers allow them. */
const keysFor = (server: CertificateInfo, ca: ReferenceCa): readonly CertificateInfo[] =>
  ca.keys.filter((key) => keyIdsAllow(server.authorityKeyId, key.subjectKeyId));

/** Impostor keys that matter: the server's AKI names the very key identifier they copied. */
const impostorsFor = (server: CertificateInfo, ca: ReferenceCa): readonly CertificateInfo[] =>
  server.authorityKeyId !== null && server.authorityKeyId === ca.keyId ? ca.impostors : [];

/** Each public key to try on the server's signature, once, for every reference CA of its name. */
export function sameCaChecks(
  server: CertificateInfo,
  cas: readonly ReferenceCa[],
): Map<string, CertificateInfo> {
  const keys = new Map<string, CertificateInfo>();
  for (const ca of cas) {
    if (!namesEqual(server.issuer, ca.name)) continue;
    // Certificates of one key verify alike: whichever stands for the key, it is checked once.
    for (const key of [...keysFor(server, ca), ...impostorsFor(server, ca)])
      keys.set(keyOf(key), key);
  }
  return keys;
}

/** What the checks of `sameCaChecks` cost (signature-cost.ts): reserve this much first. */
export function sameCaCost(server: CertificateInfo, cas: readonly ReferenceCa[]): number {
  let units = 0;
  for (const key of sameCaChecks(server, cas).values())
    units += checkCost(key.subjectPublicKeyInfo, server.der.length);
  return units;
}

/** Best outcome over some keys: valid beats invalid beats unsupported; null when none tried. */
function bestOutcome(
  keys: readonly CertificateInfo[],
  outcomes: ReadonlyMap<string, SignatureOutcome>,
): SignatureOutcome | null {
  let best: SignatureOutcome | null = null;
  for (const key of keys) {
    const outcome = outcomes.get(keyOf(key)) ?? 'unsupported';
    if (outcome === 'valid') return 'valid';
    if (outcome === 'invalid' || best === null) best = outcome;
  }
  return best;
}

type Key = CheckMessageKey<'same-ca'>;

/** Decision against one reference CA. */
function decideOne(
  server: CertificateInfo,
  ca: ReferenceCa,
  outcomes: ReadonlyMap<string, SignatureOutcome>,
): { sameCa: SameCa; key: Key } {
  if (!namesEqual(server.issuer, ca.name))
    return {
      sameCa: 'different',
      key: ca.isRoot ? 'check.same-ca.different-root-only' : 'check.same-ca.different',
    };
  // A key that signed the server's certificate under the reference CA's name and key id, yet is
  // not the reference CA's key: two keys behind one name and key id, and this one is not ours.
  if (bestOutcome(impostorsFor(server, ca), outcomes) === 'valid')
    return { sameCa: 'different', key: 'check.same-ca.impostor-key' };
  const signature = bestOutcome(keysFor(server, ca), outcomes);
  if (signature === 'valid') return { sameCa: 'verified', key: 'check.same-ca.verified' };
  if (signature === 'invalid')
    return { sameCa: 'renewed-key', key: 'check.same-ca.renewed-key-signature' };
  const unverifiable = signature === 'unsupported';
  if (server.authorityKeyId === null || ca.keyId === null) {
    const key = unverifiable ? 'check.same-ca.name-only-unverifiable' : 'check.same-ca.name-only';
    return { sameCa: 'name-only', key };
  }
  if (server.authorityKeyId === ca.keyId) {
    // The CA's key is at hand but cannot check this signature: an impostor copying the name and
    // the key identifier would look the same, so this is said, never passed.
    if (unverifiable) return { sameCa: 'unverifiable', key: 'check.same-ca.unverifiable' };
    return { sameCa: 'key-id', key: 'check.same-ca.key-id' };
  }
  const key = unverifiable
    ? 'check.same-ca.renewed-key-id-unverifiable'
    : 'check.same-ca.renewed-key-id';
  return { sameCa: 'renewed-key', key };
}

/**
 * The strongest decision over all reference CAs, with a message naming the evidence; an impostor's
 * key overrides everything. The cost of `sameCaChecks` must have been reserved in `budget`.
 */
export async function decideSameCa(
  server: CertificateInfo,
  cas: readonly ReferenceCa[],
  budget: SignatureBudget,
): Promise<SameCaResult> {
  const keys = [...sameCaChecks(server, cas)];
  const results = await Promise.all(keys.map(([, key]) => budget.verify(server, key)));
  const outcomes = new Map(keys.map(([id], i) => [id, results[i] ?? 'unsupported'] as const));
  let best: { sameCa: SameCa; key: Key; ca: ReferenceCa } | null = null;
  for (const ca of cas) {
    const decision = decideOne(server, ca, outcomes);
    const beats = !best || strength.indexOf(decision.sameCa) < strength.indexOf(best.sameCa);
    if (decision.key === 'check.same-ca.impostor-key') {
      best = { ...decision, ca };
      break;
    }
    if (beats) best = { ...decision, ca };
  }
  const sameCa = best?.sameCa ?? 'different';
  const ca = best?.ca;
  // The root-only hint applies only when every reference CA is a root.
  const key: Key =
    sameCa === 'different' &&
    best?.key !== 'check.same-ca.impostor-key' &&
    !cas.every((c) => c.isRoot)
      ? 'check.same-ca.different'
      : (best?.key ?? 'check.same-ca.different');
  return {
    sameCa,
    status: statusOf[sameCa],
    message: {
      key,
      params: {
        ca: ca?.name.text ?? '',
        caKeyId: ca?.keyId ?? '',
        issuer: server.issuer.text,
        serverKeyId: server.authorityKeyId ?? '',
        algorithm: server.signatureAlgorithm.name,
      },
    },
  };
}
