// The checker's built-in warm-up certificates still parse, and a check of them takes the paths a
// warm-up is for: a PEM chain and a verified signature.
import { describe, expect, it } from 'vitest';
import { checkCertificates, parseInput } from '../../../../src/lib/cert/index.ts';
import {
  warmUpFqdn,
  warmUpPem,
  warmUpVariant,
} from '../../../../src/scripts/checker/worker/warm-up-certs.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('warm-up certificates', () => {
  it('parse as PEM: the end-entity certificate and its CA', async () => {
    const parsed = await parseInput(utf8(warmUpPem));
    expect(parsed.ok ? [parsed.format, parsed.certificates.map((c) => c.isCa)] : null).toEqual([
      'pem',
      [false, true],
    ]);
  });

  it('check: one reference CA, the server verified against it', async () => {
    const report = await checkCertificates({
      references: [utf8(warmUpPem)],
      servers: [{ fqdn: warmUpFqdn, input: utf8(warmUpPem) }],
      at: new Date('2026-06-01T00:00:00Z'),
    });
    expect({
      cas: report.referenceCas.length,
      servers: report.servers.map((s) => ({ fqdn: s.fqdn, sameCa: s.sameCa, verdict: s.verdict })),
      failures: report.failures,
    }).toEqual({
      cas: 1,
      servers: [{ fqdn: warmUpFqdn, sameCa: 'verified', verdict: 'pass' }],
      failures: [],
    });
  });

  it("each round's variant is new bytes that still parse, its signature no longer the CA's", async () => {
    const rounds = [1, 2, 15].map(warmUpVariant);
    const parsed = await Promise.all(rounds.map((pem) => parseInput(utf8(pem))));
    const report = await checkCertificates({
      references: [utf8(warmUpPem)],
      servers: [{ fqdn: warmUpFqdn, input: utf8(warmUpVariant(1)) }],
      at: new Date('2026-06-01T00:00:00Z'),
    });
    expect({
      distinct: new Set([warmUpPem, ...rounds]).size,
      parsed: parsed.map((p) => (p.ok ? p.certificates.length : 0)),
      sameCa: report.servers.map((s) => s.sameCa === 'verified'),
    }).toEqual({ distinct: 4, parsed: [2, 2, 2], sameCa: [false] });
  });
});
