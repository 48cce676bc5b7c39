// What WebCrypto is asked for each signature algorithm: the key import and verify parameters
// (RSASSA-PSS from its encoded parameters), and ECDSA signatures in the raw form it takes.
import { hashOids, type SignatureScheme } from './algorithms.ts';
import type { ImportAlgorithm } from './crypto-key-cache.ts';
import { contentOf, derTag, readChildren, readOid, readSmallInt, readTlv } from './der.ts';
import type { PublicKeyInfo } from './types.ts';

/** How WebCrypto imports the key and verifies with it. */
export type WebCryptoParams = {
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
export function webCryptoParams(
  scheme: SignatureScheme,
  algorithm: Uint8Array,
  key: PublicKeyInfo,
): WebCryptoParams | null {
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
export function ecdsaRaw(signature: Uint8Array, curve: string): Uint8Array | null {
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
