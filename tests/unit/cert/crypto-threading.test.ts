// Issue 24, item 1: one Crypto through the core. The provider a front end passes in makes every
// digest and every signature check of the run, a request's own signature included; nothing falls
// back to the platform's behind its back.
import { describe, expect, it } from 'vitest';
import { checkCertificates } from '../../../src/lib/cert/index.ts';
import { createTestPki, createTestRequests, pemChain, pkiNow } from '../../support/pki/index.ts';
import { countingCrypto } from '../../support/counting-crypto.ts';

const pki = await createTestPki();
const requests = await createTestRequests();
const text = (pem: string) => new TextEncoder().encode(pem);

describe('the Crypto passed in does the work', () => {
  it.each([
    {
      name: 'a server certificate: its digest (and its chain) and its same-CA signature check',
      input: {
        reference: pki.leaves.frontEnd.pem,
        server: pemChain(pki.leaves.pchat, pki.cas.issuingCa1),
      },
      want: { digests: 3, verified: true },
    },
    {
      name: 'a certificate request: its digest and its own signature',
      input: { reference: pki.cas.root.pem, server: requests.good.pem },
      want: { digests: 2, verified: true },
    },
  ])('$name', async ({ input, want }) => {
    const crypto = countingCrypto();
    // Each row's reference is parsed through the same provider too (one more digest): every
    // certificate is first seen in its row, since parses are cached whatever provider made them.
    const report = await checkCertificates(
      {
        references: [text(input.reference)],
        servers: [{ fqdn: 'pchat01.contoso.com', input: text(input.server) }],
        at: pkiNow,
      },
      crypto,
    );
    expect(report.failures).toEqual([]);
    expect({ digests: crypto.digests(), verified: crypto.verifications() > 0 }).toEqual(want);
  });
});
