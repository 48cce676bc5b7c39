// The same-CA decision for one server certificate (contract: "Same-CA decision per server").
import type { CertificateInfo, Message, SameCa, Status } from './types.ts';
import type { CheckMessageKey } from './checks/check-result.ts';
import type { ReferenceCa } from './reference-cas.ts';
import { namesEqual } from './name-compare.ts';
import { verifySignature, type SignatureOutcome } from './verify-signature.ts';

/** The decision, its status and the evidence message. */
export interface SameCaResult {
  readonly sameCa: SameCa;
  readonly status: Status;
  readonly message: Message;
}

const strength: readonly SameCa[] = ['verified', 'key-id', 'name-only', 'renewed-key', 'different'];
const statusOf: Readonly<Record<SameCa, Status>> = {
  verified: 'pass',
  'key-id': 'pass',
  'name-only': 'warn',
  'renewed-key': 'warn',
  different: 'fail',
};

/** Best signature outcome over a CA's known keys: valid beats invalid beats unsupported. */
async function signatureOutcome(
  server: CertificateInfo,
  ca: ReferenceCa,
): Promise<SignatureOutcome | null> {
  let outcome: SignatureOutcome | null = null;
  // The same certificate can be listed many times (once per chain); it gives the same outcome.
  const tried = new Set<CertificateInfo>();
  for (const key of ca.keys) {
    if (tried.has(key)) continue;
    tried.add(key);
    const result = await verifySignature(server.der, key.subjectPublicKeyInfo);
    if (result === 'valid') return 'valid';
    if (result === 'invalid' || outcome === null) outcome = result;
  }
  return outcome;
}

type Key = CheckMessageKey<'same-ca'>;

/** Decision against one reference CA. */
async function decideOne(
  server: CertificateInfo,
  ca: ReferenceCa,
): Promise<{ sameCa: SameCa; key: Key }> {
  if (!namesEqual(server.issuer, ca.name))
    return {
      sameCa: 'different',
      key: ca.isRoot ? 'check.same-ca.different-root-only' : 'check.same-ca.different',
    };
  const signature = await signatureOutcome(server, ca);
  if (signature === 'valid') return { sameCa: 'verified', key: 'check.same-ca.verified' };
  if (signature === 'invalid')
    return { sameCa: 'renewed-key', key: 'check.same-ca.renewed-key-signature' };
  const unverifiable = signature === 'unsupported';
  if (server.authorityKeyId === null || ca.keyId === null) {
    const key = unverifiable ? 'check.same-ca.name-only-unverifiable' : 'check.same-ca.name-only';
    return { sameCa: 'name-only', key };
  }
  if (server.authorityKeyId === ca.keyId) {
    const key = unverifiable ? 'check.same-ca.key-id-unverifiable' : 'check.same-ca.key-id';
    return { sameCa: 'key-id', key };
  }
  const key = unverifiable
    ? 'check.same-ca.renewed-key-id-unverifiable'
    : 'check.same-ca.renewed-key-id';
  return { sameCa: 'renewed-key', key };
}

/** The strongest decision over all reference CAs, with a message naming the evidence. */
export async function decideSameCa(
  server: CertificateInfo,
  cas: readonly ReferenceCa[],
): Promise<SameCaResult> {
  let best: { sameCa: SameCa; key: Key; ca: ReferenceCa } | null = null;
  for (const ca of cas) {
    const decision = await decideOne(server, ca);
    if (!best || strength.indexOf(decision.sameCa) < strength.indexOf(best.sameCa))
      best = { ...decision, ca };
  }
  const sameCa = best?.sameCa ?? 'different';
  const ca = best?.ca;
  // The root-only hint applies only when every reference CA is a root.
  const key: Key =
    sameCa === 'different' && !cas.every((c) => c.isRoot)
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
