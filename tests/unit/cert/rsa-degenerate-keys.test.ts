// The in-code RSA verifier (RFC 8017 8.2.2) against keys made to forge: with exponent 1 the
// signature is its own encoded message, so only the verifier's range and length rules stand
// between such a key and a "valid" signature over any digest.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashOid } from '../../../src/lib/cert/oids.ts';
import { verifyRsaPkcs1 } from '../../../src/lib/cert/rsa-pkcs1-verify.ts';

const digest = new Uint8Array(createHash('sha256').update('tbsCertificate').digest());
// RFC 8017 section 9.2, note 1: the DER DigestInfo prefix of SHA-256.
const sha256Prefix = [
  0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05,
  0x00, 0x04, 0x20,
];
const digestInfo = [...sha256Prefix, ...digest];

/** EM = 0x00 0x01 PS 0x00 DigestInfo, `length` bytes long (PS: 0xff bytes). */
function encoded(length: number): Uint8Array {
  const ps = length - digestInfo.length - 3;
  return new Uint8Array([0x00, 0x01, ...new Array<number>(ps).fill(0xff), 0x00, ...digestInfo]);
}

/** `length` bytes big-endian: 0x00 0x03, then 0x00 bytes, ending in `last`. */
function modulus(length: number, last: number): Uint8Array {
  const bytes = new Uint8Array(length);
  bytes[1] = 0x03;
  bytes[length - 1] = last;
  return bytes;
}

/** a + b as big-endian bytes of a's length (no carry out of the top byte here). */
function add(a: Uint8Array, b: Uint8Array): Uint8Array {
  const sum = new Uint8Array(a.length);
  let carry = 0;
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const value = (a[i] ?? 0) + (b[i] ?? 0) + carry;
    sum[i] = value & 0xff;
    carry = value >> 8;
  }
  return sum;
}

const k = digestInfo.length + 11;
const one = new Uint8Array([1]);
const key = (n: Uint8Array, exponent = one) => ({
  modulus: n,
  exponent,
  modulusBits: n.length * 8,
  exponentBits: exponent.length * 8,
});

describe('RSASSA-PKCS1-v1_5 in code refuses forgeries with degenerate keys', () => {
  it.each([
    {
      name: 'exponent 1, odd modulus: the encoded message verifies (the rules hold)',
      input: { key: key(modulus(k, 0x01)), signature: encoded(k) },
      want: true,
    },
    {
      name: 'a signature at or above the modulus is out of range',
      input: { key: key(modulus(k, 0x01)), signature: add(encoded(k), modulus(k, 0x01)) },
      want: false,
    },
    {
      name: 'an even modulus is no RSA modulus',
      input: { key: key(modulus(k, 0x02)), signature: encoded(k) },
      want: false,
    },
    {
      name: 'a modulus too short for 8 bytes of padding',
      input: { key: key(modulus(k - 1, 0x01)), signature: encoded(k - 1) },
      want: false,
    },
    {
      name: 'an empty exponent is 0, not 1',
      input: { key: key(modulus(k, 0x01), new Uint8Array(0)), signature: encoded(k) },
      want: false,
    },
  ])('$name', ({ input, want }) => {
    expect(verifyRsaPkcs1(input.key, hashOid.sha256, digest, input.signature)).toBe(want);
  });
});
