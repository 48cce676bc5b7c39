// RSA PKCS #1 v1.5 verified in code (issue 25): SHA-224, which WebCrypto lacks, and keys a platform's
// WebCrypto refuses. Signatures are made by Node's OpenSSL, so the code is checked against another
// implementation, and the whole encoded message must match, DigestInfo included.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HashName } from '../../../src/lib/cert/algorithms.ts';
import { hashOid } from '../../../src/lib/cert/oids.ts';
import { rsaPublicKey } from '../../../src/lib/cert/rsa-public-key.ts';
import { verifyRsaPkcs1 } from '../../../src/lib/cert/rsa-pkcs1-verify.ts';
import { sha224 } from '../../../src/lib/cert/sha224.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('SHA-224 in code', () => {
  const rows = [
    {
      name: 'empty message',
      input: text(''),
      want: 'd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
    },
    {
      name: '"abc"',
      input: text('abc'),
      want: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    },
    {
      name: 'two blocks (FIPS 180-2 example)',
      input: text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      want: '75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525',
    },
    ...[55, 56, 63, 64, 65, 1000].map((length) => {
      const input = Uint8Array.from({ length }, (_, i) => (i * 7) & 0xff);
      return {
        name: `${length} bytes, as OpenSSL hashes them`,
        input,
        want: createHash('sha224').update(input).digest('hex'),
      };
    }),
  ];
  it.each(rows)('$name', ({ input, want }) => {
    expect(hex(sha224(input))).toBe(want);
  });
});

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const key = rsaPublicKey(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })));
const message = text('tbsCertificate stand-in');
const digestOf = (hash: string): Uint8Array =>
  new Uint8Array(createHash(hash.replace('-', '').toLowerCase()).update(message).digest());

describe('RSASSA-PKCS1-v1_5 in code', () => {
  const hashes: HashName[] = ['SHA-1', 'SHA-224', 'SHA-256', 'SHA-384', 'SHA-512'];
  const signed = (hash: HashName): Uint8Array =>
    new Uint8Array(sign(hash.replace('-', '').toLowerCase(), message, privateKey));
  const rows = [
    ...hashes.map((hash) => ({
      name: `${hash}: verifies`,
      input: { hash, signature: signed(hash), as: hash },
      want: true,
    })),
    {
      name: 'a SHA-256 signature read as SHA-224 of the same bytes: the DigestInfo differs',
      input: {
        hash: 'SHA-256' as HashName,
        signature: signed('SHA-256'),
        as: 'SHA-224' as HashName,
      },
      want: false,
    },
    {
      name: 'one bit of the signature flipped',
      input: {
        hash: 'SHA-224' as HashName,
        signature: signed('SHA-224').map((b, i) => (i === 9 ? b ^ 1 : b)),
        as: 'SHA-224' as HashName,
      },
      want: false,
    },
    {
      name: 'a signature one byte short',
      input: {
        hash: 'SHA-224' as HashName,
        signature: signed('SHA-224').subarray(1),
        as: 'SHA-224' as HashName,
      },
      want: false,
    },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    if (!key) throw new Error('no RSA key read');
    const oid = hashOid[input.as.replace('-', '').toLowerCase() as keyof typeof hashOid];
    expect(verifyRsaPkcs1(key, oid, digestOf(input.as), input.signature)).toBe(want);
  });
});
