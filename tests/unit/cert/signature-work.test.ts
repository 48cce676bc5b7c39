// What one signature check costs and how the run's budget spends it (issue 25 fault 4): the units a
// key counts for, and a budget that never makes a check beyond the work it reserved.
import { describe, expect, it } from 'vitest';
import { parseInput, type CertificateInfo } from '../../../src/lib/cert/index.ts';
import { SignatureBudget } from '../../../src/lib/cert/signature-budget.ts';
import { checkCost, dataCost, keyCost } from '../../../src/lib/cert/signature-cost.ts';
import { rsaSpki } from '../../support/hostile/costly-keys.ts';
import { oidDer, tlv } from '../../support/pki/der-surgery.ts';
import { createTestPki } from '../../support/pki/index.ts';

const { cas, leaves } = await createTestPki();

/** The one certificate of `der`, as the core reads it. */
async function parsed(der: Uint8Array): Promise<CertificateInfo> {
  const result = await parseInput(der);
  const certificate = result.ok ? result.certificates[0] : undefined;
  if (certificate === undefined) throw new Error('the test PKI certificate did not parse');
  return certificate;
}

/** The same key under the RSASSA-PSS algorithm identifier (…1.1.10 instead of …1.1.1). */
function asPss(spki: Uint8Array): Uint8Array {
  const rsaEncryption = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
  const at = spki.findIndex((_, i) => rsaEncryption.every((b, j) => spki[i + j] === b));
  const pss = spki.slice();
  pss[at + rsaEncryption.length - 1] = 0x0a;
  return pss;
}

/** A new key's SubjectPublicKeyInfo. */
async function spkiOf(algorithm: EcKeyGenParams | Algorithm): Promise<Uint8Array> {
  const keys = (await crypto.subtle.generateKey(algorithm, true, ['sign'])) as CryptoKeyPair;
  return new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
}
const [p256, p384, p521, ed25519] = await Promise.all([
  spkiOf({ name: 'ECDSA', namedCurve: 'P-256' } as EcKeyGenParams),
  spkiOf({ name: 'ECDSA', namedCurve: 'P-384' } as EcKeyGenParams),
  spkiOf({ name: 'ECDSA', namedCurve: 'P-521' } as EcKeyGenParams),
  spkiOf({ name: 'Ed25519' }),
]);
const rsaEncryption = tlv(0x30, oidDer('1.2.840.113549.1.1.1'), new Uint8Array([0x05, 0x00]));

// 60 µs for a 2048-bit modulus with exponent 65537 (19 square-and-multiply steps), growing with the
// square of the modulus and with the steps; 250 µs a unit, at least one.
describe('keyCost: units of one signature check by key', () => {
  it.each([
    { name: 'RSA 2048, exponent 65537', input: () => rsaSpki(2048, 65537n), want: 1 },
    { name: 'RSA 8192, exponent 65537', input: () => rsaSpki(8192, 65537n), want: 4 },
    // 31 squarings and 2 multiplications, not one step per bit of the exponent's bytes.
    { name: 'RSA 16384, exponent 2³¹ + 1', input: () => rsaSpki(16384, 2n ** 31n + 1n), want: 28 },
    {
      name: 'RSASSA-PSS key: costed as RSA',
      input: () => asPss(rsaSpki(16384, 2n ** 31n + 1n)),
      want: 28,
    },
    { name: 'an exponent of 0 still costs one unit', input: () => rsaSpki(2048, 0n), want: 1 },
    { name: 'RSA 2048, exponent 3', input: () => rsaSpki(2048, 3n), want: 1 },
    { name: 'RSA 4096, exponent 65537: 240 µs', input: () => rsaSpki(4096, 65537n), want: 1 },
    { name: 'RSA 6144, exponent 65537: 540 µs', input: () => rsaSpki(6144, 65537n), want: 3 },
    { name: 'RSA 16384, exponent 65537', input: () => rsaSpki(16384, 65537n), want: 16 },
    // 32 squarings and 32 multiplications.
    { name: 'RSA 16384, exponent 2³² − 1', input: () => rsaSpki(16384, 2n ** 32n - 1n), want: 52 },
    {
      name: 'an RSA key that does not read: one unit',
      input: () => tlv(0x30, rsaEncryption, tlv(0x03, new Uint8Array([0, 0x05, 0x00]))),
      want: 1,
    },
    { name: 'P-256', input: () => p256, want: 1 },
    { name: 'P-384: 8 times P-256, measured', input: () => p384, want: 3 },
    { name: 'P-521: 14 times P-256, measured', input: () => p521, want: 5 },
    { name: 'Ed25519', input: () => ed25519, want: 1 },
  ])('$name', ({ input, want }) => {
    const spki = input();
    // Asked twice: the second answer comes from the cache of units by key.
    expect([keyCost(spki), keyCost(spki)]).toEqual([want, want]);
  });
});

describe('dataCost and checkCost: the signed bytes count too', () => {
  it.each([
    { name: 'nothing signed', input: 0, want: 0 },
    { name: 'up to 256 KiB: in the unit', input: 256 * 1024 - 1, want: 0 },
    { name: '256 KiB: one more unit', input: 256 * 1024, want: 1 },
    { name: '1 MiB and a byte', input: 1024 * 1024 + 1, want: 4 },
  ])('$name', ({ input, want }) => {
    expect(dataCost(input)).toBe(want);
  });

  it('a check costs its key and the bytes it hashes', () => {
    expect(checkCost(rsaSpki(8192, 65537n), 512 * 1024)).toBe(6);
  });
});

describe('SignatureBudget', () => {
  it('makes the checks it reserved and no more', async () => {
    const budget = new SignatureBudget(globalThis.crypto, 2);
    const [leaf, issuer] = await Promise.all([
      parsed(leaves.pchat.der),
      parsed(cas.issuingCa1.der),
    ]);
    const reserved = [budget.reserve(1), budget.reserve(2), budget.reserve(1)];
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) outcomes.push(await budget.verify(leaf, issuer));
    expect({ reserved, outcomes }).toEqual({
      reserved: [true, false, true],
      outcomes: ['valid', 'valid', 'unsupported'],
    });
  });
});
