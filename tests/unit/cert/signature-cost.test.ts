// Issue 25 fault 4: signature work is costed, not only counted. RSA exponents above 32 bits are
// refused with the reason (Windows keeps an exponent in 32 bits), a request's own signature counts
// against the run's cap, and a costly key (a large RSA modulus, P-384, P-521) counts as several
// checks, so that the cap bounds the time a run takes.
import { describe, expect, it } from 'vitest';
import { checkCertificates, type CheckReport } from '../../../src/lib/cert/index.ts';
import { checkCost, dataCost, keyCost } from '../../../src/lib/cert/signature-cost.ts';
import { countingCrypto } from '../../support/counting-crypto.ts';
import {
  costlyCa,
  costlyLeaf,
  costlyRequest,
  exponentOf,
  rsaSpki,
} from '../../support/hostile/costly-keys.ts';
import { sameNameCas } from '../../support/hostile/crafted-pkis.ts';
import { oidDer, tlv } from '../../support/pki/der-surgery.ts';
import { createTestPki, createTestRequests, pkcs7Der } from '../../support/pki/index.ts';

const { cas, now } = await createTestPki();
const requests = await createTestRequests();
const caName = [{ CN: ['Costly CA'] }];
const fqdn = 'pchat01.contoso.com';

/** A run's failures (kind, index, code, parameters) and the signatures verified through WebCrypto. */
async function runCounted(
  references: readonly Uint8Array[],
  servers: readonly Uint8Array[],
): Promise<{ failures: unknown[]; verified: number; report: CheckReport }> {
  const crypto = countingCrypto();
  const report = await checkCertificates(
    { references, servers: servers.map((input) => ({ fqdn, input })), at: now },
    crypto,
  );
  const failures = report.failures.map((f) => [f.input.kind, f.input.index, f.error.code]);
  return { failures, verified: crypto.verifications(), report };
}

describe('issue 25 fault 4: RSA public exponents above 32 bits are refused with the reason', () => {
  const rows = [17, 32, 33, 3000].flatMap((bits) =>
    (['reference CA', 'server certificate', 'certificate request'] as const).map((role) => ({
      name: `issue 25 fault 4: a ${bits}-bit exponent in a ${role}`,
      input: { bits, role },
      want: bits > 32 ? { code: 'rsa-exponent-too-large', bits, limit: 32 } : 'used',
    })),
  );
  // Titles in full: it.each would cut each row's name at 40 characters.
  for (const { name, input, want } of rows)
    it(name, async () => {
      const spki = rsaSpki(2048, exponentOf(input.bits));
      const reference =
        input.role === 'reference CA' ? (await costlyCa(caName, spki)).der : cas.issuingCa1.der;
      const server =
        input.role === 'server certificate'
          ? (await costlyCa([{ CN: [fqdn] }], spki)).der
          : input.role === 'certificate request'
            ? (await costlyRequest(fqdn, spki, 2048)).der
            : requests.good.der;
      const { report } = await runCounted([reference], [server]);
      const failure = report.failures[0];
      expect(
        failure
          ? {
              code: failure.error.code,
              bits: failure.error.message.params['bits'],
              limit: failure.error.message.params['limit'],
            }
          : 'used',
      ).toEqual(want);
    });
});

describe('issue 25 fault 4: a request counts against the cap on signature work', () => {
  it('issue 25 fault 4: a request is verified through the run, and counted', async () => {
    const { failures, verified } = await runCounted([cas.issuingCa1.der], [requests.good.der]);
    expect({ failures, verified }).toEqual({ failures: [], verified: 1 });
  });

  it('issue 25 fault 4: a request past a cap that the reference filled is refused, unchecked', async () => {
    // 32 CAs named CN=A and 32 leaves, no key identifiers: 32² = 1,024 checks, the whole cap.
    const crafted = await sameNameCas(32, 'no-key-ids');
    const { failures, verified } = await runCounted([crafted.bundle], [requests.good.der]);
    expect({ failures, verified }).toEqual({
      failures: [['server', 0, 'too-many-signatures']],
      verified: 1024,
    });
  }, 120_000);
});

describe('issue 25 fault 4: a costly key counts as several checks', () => {
  /** K CAs with K leaves, no key identifiers: K² checks with 16,384-bit keys, exponent 2³² − 1. */
  async function costlyPki(k: number): Promise<Uint8Array> {
    const certs = [];
    for (let i = 0; i < k; i += 1) {
      certs.push(await costlyCa(caName, rsaSpki(16384, 2n ** 32n - 1n)));
      certs.push(await costlyLeaf(`l${i}.contoso.com`, caName, 16384));
    }
    return pkcs7Der(...certs);
  }
  const rows = [
    {
      name: 'issue 25 fault 4: 4 × 4 checks with 16,384-bit keys fit',
      input: 4,
      want: { failures: [], verified: 16 },
    },
    {
      name: 'issue 25 fault 4: 5 × 5 checks with 16,384-bit keys pass the cap, refused before any',
      input: 5,
      want: { failures: [['reference', 0, 'too-many-signatures']], verified: 0 },
    },
  ];
  // Titles in full: it.each would cut each row's name at 40 characters.
  for (const { name, input, want } of rows)
    it(name, async () => {
      const { failures, verified } = await runCounted([await costlyPki(input)], []);
      expect({ failures, verified }).toEqual(want);
    });
});

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

describe('issue 25 fault 4: what one check costs, in units of an ordinary check', () => {
  const rsaOid = tlv(0x30, oidDer('1.2.840.113549.1.1.1'), new Uint8Array([0x05, 0x00]));
  // 60 µs for a 2048-bit modulus with exponent 65537 (19 square-and-multiply steps), growing with
  // the square of the modulus and with the steps; 250 µs a unit, at least one.
  const rows = [
    { name: 'RSA 2048, exponent 65537', input: rsaSpki(2048, 65537n), want: 1 },
    { name: 'RSA 2048, exponent 3', input: rsaSpki(2048, 3n), want: 1 },
    { name: 'RSA 4096, exponent 65537: 240 µs', input: rsaSpki(4096, 65537n), want: 1 },
    { name: 'RSA 6144, exponent 65537: 540 µs', input: rsaSpki(6144, 65537n), want: 3 },
    { name: 'RSA 8192, exponent 65537: 960 µs', input: rsaSpki(8192, 65537n), want: 4 },
    { name: 'RSA 16384, exponent 65537', input: rsaSpki(16384, 65537n), want: 16 },
    // 32 squarings and 2 multiplications against 32 and 32: the set bits count.
    { name: 'RSA 16384, exponent 2³¹ + 1', input: rsaSpki(16384, 2n ** 31n + 1n), want: 28 },
    { name: 'RSA 16384, exponent 2³² − 1', input: rsaSpki(16384, 2n ** 32n - 1n), want: 52 },
    {
      name: 'RSA-PSS key, 8192 bits: as RSA',
      input: (() => {
        const spki = rsaSpki(8192, 65537n);
        // The same key under the RSASSA-PSS key OID (no parameters: any hash).
        const pssOid = tlv(0x30, oidDer('1.2.840.113549.1.1.10'));
        return tlv(0x30, pssOid, spki.subarray(rsaOid.length + 4));
      })(),
      want: 4,
    },
    {
      name: 'an RSA key that does not read: one unit',
      input: tlv(0x30, rsaOid, tlv(0x03, new Uint8Array([0, 0x05, 0x00]))),
      want: 1,
    },
    { name: 'P-256', input: p256, want: 1 },
    { name: 'P-384: 8 times P-256, measured', input: p384, want: 3 },
    { name: 'P-521: 14 times P-256, measured', input: p521, want: 5 },
    {
      name: 'Ed25519',
      input: ed25519,
      want: 1,
    },
  ];
  it.each(rows)('$name', ({ input, want }) => {
    expect([keyCost(input), keyCost(input)]).toEqual([want, want]);
  });

  const dataRows = [
    { name: 'nothing signed', input: 0, want: 0 },
    { name: 'up to 256 KiB: in the unit', input: 256 * 1024 - 1, want: 0 },
    { name: '256 KiB: one more unit', input: 256 * 1024, want: 1 },
    { name: '1 MiB and a byte', input: 1024 * 1024 + 1, want: 4 },
  ];
  it.each(dataRows)('$name', ({ input, want }) => {
    expect(dataCost(input)).toBe(want);
  });

  it('a check costs its key and the bytes it hashes', () => {
    expect(checkCost(rsaSpki(8192, 65537n), 512 * 1024)).toBe(6);
  });
});
