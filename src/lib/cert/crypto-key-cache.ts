// Imported WebCrypto verification keys, by key bytes and algorithm: one issuing CA's key checks
// every server certificate, and importing it again for each one is a needless round trip.
import { BoundedCache } from './bounded-cache.ts';
import { bytesKey } from './bytes-key.ts';
import { perProvider } from './crypto-provider.ts';

/** What WebCrypto's importKey takes as the key's algorithm. */
export type ImportAlgorithm = Parameters<SubtleCrypto['importKey']>[2];

const keysOf = perProvider(() => new BoundedCache<Promise<CryptoKey | null>>(128));

/** Imports a DER SubjectPublicKeyInfo for `verify`; null when WebCrypto refuses it. */
async function importSpki(
  spki: Uint8Array,
  algorithm: ImportAlgorithm,
  crypto: Crypto,
): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.importKey(
      'spki',
      spki as Uint8Array<ArrayBuffer>,
      algorithm,
      false,
      ['verify'],
    );
  } catch {
    return null;
  }
}

/** The verification key for these SPKI bytes and algorithm, imported once while it is cached. */
export function importVerifyKey(
  spki: Uint8Array,
  algorithm: ImportAlgorithm,
  crypto: Crypto,
): Promise<CryptoKey | null> {
  const bytes = bytesKey(spki);
  const key = bytes === null ? null : `${JSON.stringify(algorithm)}\n${bytes}`;
  return keysOf(crypto).get(key, () => importSpki(spki.slice(), algorithm, crypto));
}
