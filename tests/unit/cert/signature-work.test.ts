// What one signature check costs and how the run's budget spends it (issue 25 fault 4): the units a
// key counts for, and a budget that never makes a check beyond the work it reserved.
import { describe, expect, it } from 'vitest';
import { parseInput, type CertificateInfo } from '../../../src/lib/cert/index.ts';
import { SignatureBudget } from '../../../src/lib/cert/signature-budget.ts';
import { keyCost } from '../../../src/lib/cert/signature-cost.ts';
import { rsaSpki } from '../../support/hostile/costly-keys.ts';
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
  ])('$name', ({ input, want }) => {
    expect(keyCost(input())).toBe(want);
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
