// Issue 25 fault 4: signature work is costed, not only counted. RSA exponents above 32 bits are
// refused with the reason (Windows keeps an exponent in 32 bits), a request's own signature counts
// against the run's cap, and a costly key (a large RSA modulus, P-384, P-521) counts as several
// checks, so that the cap bounds the time a run takes.
import { describe, expect, it } from 'vitest';
import { checkCertificates, type CheckReport } from '../../../src/lib/cert/index.ts';
import { countingCrypto } from '../../support/counting-crypto.ts';
import {
  costlyCa,
  costlyLeaf,
  costlyRequest,
  exponentOf,
  rsaSpki,
} from '../../support/hostile/costly-keys.ts';
import { sameNameCas } from '../../support/hostile/crafted-pkis.ts';
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
