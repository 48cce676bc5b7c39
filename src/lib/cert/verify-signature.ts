// Verifies a certificate's signature with a candidate issuer's public key through the WebCrypto
// passed in (the platform's by default), so the same code runs in browsers and Node. Algorithms
// the provider lacks (MD5, SHA-224, DSA, Ed448…) give 'unsupported', and the caller falls back to
// key identifiers.
import { hashOids, signatureScheme, type SignatureScheme } from './algorithms.ts';
import { BoundedCache } from './bounded-cache.ts';
import { bytesKey } from './bytes-key.ts';
import { certificateParts } from './certificate-parts.ts';
import { importVerifyKey, type ImportAlgorithm } from './crypto-key-cache.ts';
import { perProvider, platformCrypto, type CryptoProvider } from './crypto-provider.ts';
import { contentOf, derTag, readChildren, readOid, readSmallInt, readTlv } from './der.ts';
import { publicKeyInfo } from './public-key-info.ts';
import type { PublicKeyInfo } from './types.ts';

/** Outcome of one signature check. */
export type SignatureOutcome = 'valid' | 'invalid' | 'unsupported';

type Params = {
  import: ImportAlgorithm;
  verify: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
};

/** RSASSA-PSS parameters: hash (default SHA-1) and salt length (default 20). */
function pssParams(algorithm: Uint8Array): { hash: string | null; saltLength: number } {
  const outer = readTlv(algorithm, 0);
  const [, params] = (outer && readChildren(algorithm, outer)) ?? [];
  let hash: string | null = 'SHA-1';
  let saltLength = 20;
  for (const field of (params?.tag === derTag.sequence && readChildren(algorithm, params)) || []) {
    const inner = readTlv(algorithm, field.contentStart, field.end);
    if (field.tag === derTag.context0 && inner) {
      hash = hashOids[readOid(algorithm, readChildren(algorithm, inner)?.[0]) ?? ''] ?? null;
    }
    if (field.tag === derTag.context2)
      saltLength = readSmallInt(algorithm, inner ?? undefined) ?? -1;
  }
  return { hash, saltLength };
}

/** WebCrypto parameters for the certificate's algorithm, or null when WebCrypto cannot do it. */
function webCryptoParams(
  scheme: SignatureScheme,
  algorithm: Uint8Array,
  key: PublicKeyInfo,
): Params | null {
  const supportedHash =
    scheme.hash === 'SHA-1' ||
    scheme.hash === 'SHA-256' ||
    scheme.hash === 'SHA-384' ||
    scheme.hash === 'SHA-512';
  if (scheme.family === 'rsa' && supportedHash && key.kind === 'rsa') {
    return {
      import: { name: 'RSASSA-PKCS1-v1_5', hash: scheme.hash ?? '' },
      verify: 'RSASSA-PKCS1-v1_5',
    };
  }
  if (
    scheme.family === 'ecdsa' &&
    supportedHash &&
    key.kind === 'ec' &&
    key.curve?.startsWith('P-')
  ) {
    return {
      import: { name: 'ECDSA', namedCurve: key.curve },
      verify: { name: 'ECDSA', hash: scheme.hash ?? '' },
    };
  }
  if (scheme.family === 'rsa-pss' && key.kind === 'rsa') {
    const { hash, saltLength } = pssParams(algorithm);
    if (!hash || hash === 'SHA-224' || saltLength < 0) return null;
    return { import: { name: 'RSA-PSS', hash }, verify: { name: 'RSA-PSS', saltLength } };
  }
  if (scheme.family === 'ed25519' && key.kind === 'ed25519')
    return { import: 'Ed25519', verify: 'Ed25519' };
  return null;
}

/** Converts a DER ECDSA-Sig-Value to the raw r||s WebCrypto expects. */
function ecdsaRaw(signature: Uint8Array, curve: string): Uint8Array | null {
  const size = curve === 'P-256' ? 32 : curve === 'P-384' ? 48 : 66;
  const outer = readTlv(signature, 0);
  const [r, s] = (outer && readChildren(signature, outer)) ?? [];
  if (r?.tag !== derTag.integer || s?.tag !== derTag.integer) return null;
  const raw = new Uint8Array(size * 2);
  for (const [index, part] of [r, s].entries()) {
    let value = contentOf(signature, part);
    while (value.length > size && value[0] === 0) value = value.subarray(1);
    if (value.length > size) return null;
    raw.set(value, size * (index + 1) - value.length);
  }
  return raw;
}

/** Whether `issuerSpki`'s key signed the certificate `der` (uncached). */
async function verifyUncached(
  der: Uint8Array,
  issuerSpki: Uint8Array,
  crypto: CryptoProvider,
): Promise<SignatureOutcome> {
  const parts = certificateParts(der);
  // Which algorithm signed is unknown when the certificate names two (RFC 5280 4.1.1.2), so the
  // signature proves nothing either way: never a wrong key, only unverifiable.
  if (!parts || !parts.algorithmsAgree) return 'unsupported';
  const algorithm = readTlv(parts.signatureAlgorithm, 0);
  const oid = readOid(
    parts.signatureAlgorithm,
    algorithm ? readChildren(parts.signatureAlgorithm, algorithm)?.[0] : undefined,
  );
  if (!oid) return 'unsupported';
  const scheme = signatureScheme(oid);
  const issuerKey = publicKeyInfo(issuerSpki);
  const params = webCryptoParams(scheme, parts.signatureAlgorithm, issuerKey);
  if (!params) return 'unsupported';
  const key = await importVerifyKey(issuerSpki, params.import, crypto);
  if (!key) return 'unsupported';
  const signature =
    scheme.family === 'ecdsa' ? ecdsaRaw(parts.signature, issuerKey.curve ?? '') : parts.signature;
  if (!signature) return 'invalid';
  try {
    const ok = await crypto.subtle.verify(
      params.verify,
      key,
      signature as Uint8Array<ArrayBuffer>,
      parts.tbs as Uint8Array<ArrayBuffer>,
    );
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Outcomes by (certificate, key) content: the page re-checks the same inputs on every edit. */
const outcomesOf = perProvider(() => new BoundedCache<Promise<SignatureOutcome>>(1024));

/** Whether `issuerSpki`'s key signed the certificate `der`, asked of `crypto`. */
export function verifySignature(
  der: Uint8Array,
  issuerSpki: Uint8Array,
  crypto: CryptoProvider = platformCrypto(),
): Promise<SignatureOutcome> {
  // The certificate's length prefix marks where its part of the key ends and the public key's
  // begins. bytesKey gives null (not cached) for huge content, so keys stay bounded.
  const [cert, spki] = [bytesKey(der), bytesKey(issuerSpki)];
  const key = cert === null || spki === null ? null : `${der.length}:${cert}${spki}`;
  return outcomesOf(crypto).get(key, () => verifyUncached(der.slice(), issuerSpki.slice(), crypto));
}
