// The same-CA decision for one server certificate (contract: "Same-CA decision per server").
import type { CertificateInfo, Message, SameCa, Status } from './types.ts';
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

/** Decision against one reference CA. */
async function decideOne(
  server: CertificateInfo,
  ca: ReferenceCa,
): Promise<{ sameCa: SameCa; key: string }> {
  if (!namesEqual(server.issuer, ca.name))
    return { sameCa: 'different', key: ca.isRoot ? 'different-root-only' : 'different' };
  const signature = await signatureOutcome(server, ca);
  if (signature === 'valid') return { sameCa: 'verified', key: 'verified' };
  if (signature === 'invalid') return { sameCa: 'renewed-key', key: 'renewed-key-signature' };
  const suffix = signature === 'unsupported' ? '-unverifiable' : '';
  if (server.authorityKeyId === null || ca.keyId === null)
    return { sameCa: 'name-only', key: `name-only${suffix}` };
  if (server.authorityKeyId === ca.keyId) return { sameCa: 'key-id', key: `key-id${suffix}` };
  return { sameCa: 'renewed-key', key: `renewed-key-id${suffix}` };
}

/** The strongest decision over all reference CAs, with a message naming the evidence. */
export async function decideSameCa(
  server: CertificateInfo,
  cas: readonly ReferenceCa[],
): Promise<SameCaResult> {
  let best: { sameCa: SameCa; key: string; ca: ReferenceCa } | null = null;
  for (const ca of cas) {
    const decision = await decideOne(server, ca);
    if (!best || strength.indexOf(decision.sameCa) < strength.indexOf(best.sameCa))
      best = { ...decision, ca };
  }
  const sameCa = best?.sameCa ?? 'different';
  const ca = best?.ca;
  // The root-only hint applies only when every reference CA is a root.
  const key =
    sameCa === 'different' && !cas.every((c) => c.isRoot)
      ? 'different'
      : (best?.key ?? 'different');
  return {
    sameCa,
    status: statusOf[sameCa],
    message: {
      key: `check.same-ca.${key}`,
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
