// Reads an RSA public key (modulus and public exponent) from a SubjectPublicKeyInfo, for the checks
// WebCrypto cannot make and for what a key costs: Windows keeps an RSA exponent in 32 bits
// (CryptoAPI's RSAPUBKEY.pubexp is a DWORD), and browsers refuse larger ones as well.
import type { DistinguishedName, InputError } from './types.ts';
import { inputError } from './input-error.ts';
import { keyOid } from './oids.ts';
import { contentOf, derTag, integerBits, readChildren, readOid, readTlv } from './der.ts';

/** The longest RSA public exponent Windows and browsers accept, in bits. */
export const maxRsaExponentBits = 32;

/** An RSA public key's integers as unsigned big-endian bytes (leading zeros removed). */
export interface RsaPublicKey {
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
  readonly modulusBits: number;
  readonly exponentBits: number;
}

/** The bytes of an unsigned INTEGER without its leading zero bytes. */
function unsigned(content: Uint8Array): Uint8Array {
  let start = 0;
  while (start < content.length - 1 && content[start] === 0) start += 1;
  return content.subarray(start);
}

/** The RSA key of an SPKI (rsaEncryption or RSASSA-PSS); null for other keys or broken DER. */
export function rsaPublicKey(spki: Uint8Array): RsaPublicKey | null {
  const outer = readTlv(spki, 0);
  const [algorithm, key] = (outer && readChildren(spki, outer)) ?? [];
  const oid = algorithm ? readOid(spki, readChildren(spki, algorithm)?.[0]) : null;
  if ((oid !== keyOid.rsa && oid !== keyOid.rsaPss) || key?.tag !== derTag.bitString) return null;
  // The BIT STRING holds RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }.
  const bits = contentOf(spki, key).subarray(1);
  const sequence = readTlv(bits, 0);
  const [modulus, exponent] = (sequence && readChildren(bits, sequence)) ?? [];
  if (modulus?.tag !== derTag.integer || exponent?.tag !== derTag.integer) return null;
  const [n, e] = [contentOf(bits, modulus), contentOf(bits, exponent)];
  return {
    modulus: unsigned(n),
    exponent: unsigned(e),
    modulusBits: integerBits(n),
    exponentBits: integerBits(e),
  };
}

/**
 * The refusal of a certificate's or request's key whose RSA exponent Windows cannot hold (and whose
 * every signature check would cost up to a hundred times an ordinary one); null for other keys.
 */
export function exponentRefusal(spki: Uint8Array, subject: DistinguishedName): InputError | null {
  const bits = rsaPublicKey(spki)?.exponentBits ?? 0;
  if (bits <= maxRsaExponentBits) return null;
  return inputError('rsa-exponent-too-large', {
    subject: subject.text,
    bits,
    limit: maxRsaExponentBits,
  });
}
