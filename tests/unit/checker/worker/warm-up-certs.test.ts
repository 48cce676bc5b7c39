// The checker's built-in warm-up certificates still parse, and a check of them takes the paths a
// warm-up is for: PEM chains and a verified signature.
import { describe, expect, it } from 'vitest';
import { checkCertificates, parseInput } from '../../../../src/lib/cert/index.ts';
import {
  warmUpFqdn,
  warmUpReferencePem,
  warmUpServerPem,
} from '../../../../src/scripts/checker/worker/warm-up-certs.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const parseCases: readonly { name: string; input: Uint8Array; want: number }[] = [
  {
    name: 'reference PEM: two certificates with their CAs',
    input: utf8(warmUpReferencePem),
    want: 4,
  },
  { name: 'server PEM: certificate and CA', input: utf8(warmUpServerPem), want: 2 },
];

describe('warm-up certificates', () => {
  it.each(parseCases)('$name parses', async ({ input, want }) => {
    const parsed = await parseInput(input);
    expect(parsed.ok && parsed.certificates.length).toBe(want);
  });

  it('check: two reference CAs, the server verified against one', async () => {
    const report = await checkCertificates({
      references: [utf8(warmUpReferencePem)],
      servers: [{ fqdn: warmUpFqdn, input: utf8(warmUpServerPem) }],
      at: new Date('2026-06-01T00:00:00Z'),
    });
    expect({
      cas: report.referenceCas.length,
      servers: report.servers.map((s) => ({ fqdn: s.fqdn, sameCa: s.sameCa, verdict: s.verdict })),
      failures: report.failures,
    }).toEqual({
      cas: 2,
      servers: [{ fqdn: warmUpFqdn, sameCa: 'verified', verdict: 'pass' }],
      failures: [],
    });
  });
});
