// RSASSA-PKCS1-v1_5 verification in code (RFC 8017 section 8.2.2), for what WebCrypto cannot do:
// a hash it lacks (SHA-224) or a key it refuses. The RSA public operation runs on BigInt and the
// whole encoded message is compared with the one expected, DigestInfo included, so that nothing
// but the signer's private key can produce a match.
import type { RsaPublicKey } from './rsa-public-key.ts';

/** The DER of an OBJECT IDENTIFIER, for the DigestInfo. */
function oidDer(oid: string): number[] {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc % 128];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      base128.unshift((value % 128) | 0x80);
    bytes.push(...base128);
  }
  return [0x06, bytes.length, ...bytes];
}

/** DigestInfo ::= SEQUENCE { SEQUENCE { hash OID, NULL }, OCTET STRING digest } (RFC 8017 9.2). */
function digestInfo(hashOid: string, digest: Uint8Array): Uint8Array {
  const algorithm = [...oidDer(hashOid), 0x05, 0x00];
  const body = [0x30, algorithm.length, ...algorithm, 0x04, digest.length, ...digest];
  return new Uint8Array([0x30, body.length, ...body]);
}

const toBigInt = (bytes: Uint8Array): bigint => {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
};

/** (base ^ exponent) mod modulus, by square and multiply from the exponent's top bit. */
function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  for (const bit of exponent.toString(2)) {
    result = (result * result) % modulus;
    if (bit === '1') result = (result * base) % modulus;
  }
  return result;
}

/**
 * Whether `signature` is the key holder's PKCS #1 v1.5 signature over a message whose digest is
 * `digest`, made with the hash `hashOid` names. The module imports nothing, so that it stays a
 * chunk of its own, loaded only when a signature needs it.
 */
export function verifyRsaPkcs1(
  key: RsaPublicKey,
  hashOid: string,
  digest: Uint8Array,
  signature: Uint8Array,
): boolean {
  const info = digestInfo(hashOid, digest);
  const k = key.modulus.length;
  // RFC 8017 8.2.2 step 1: the signature is exactly as long as the modulus.
  if (signature.length !== k || k < info.length + 11) return false;
  const n = toBigInt(key.modulus);
  const s = toBigInt(signature);
  if (s >= n || n % 2n === 0n) return false;
  const m = modPow(s, toBigInt(key.exponent), n);
  // EM = 0x00 || 0x01 || PS (0xff…, at least 8) || 0x00 || DigestInfo, compared as a whole.
  const expected = new Uint8Array(k).fill(0xff);
  expected[0] = 0x00;
  expected[1] = 0x01;
  expected[k - info.length - 1] = 0x00;
  expected.set(info, k - info.length);
  return m === toBigInt(expected);
}
