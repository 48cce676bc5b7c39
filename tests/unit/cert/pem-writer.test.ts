// The one PEM writer (pem.ts): what the CLI makes of a fetched chain and the page of a dropped
// bundle, in the shape OpenSSL and Windows write, read back by the parser as the same objects.
import { describe, expect, it } from 'vitest';
import { parseInput, toPem } from '../../../src/lib/cert/index.ts';
import { createTestPki } from '../../support/pki/index.ts';

const pki = await createTestPki();
const bytes = (count: number) => Uint8Array.from({ length: count }, (_, i) => i);

describe('toPem', () => {
  it.each([
    { name: 'nothing', input: { ders: [], label: undefined }, want: '' },
    {
      name: 'three bytes under the default label',
      input: { ders: [bytes(3)], label: undefined },
      want: '-----BEGIN CERTIFICATE-----\nAAEC\n-----END CERTIFICATE-----\n',
    },
    {
      name: '48 bytes fill one 64-column line exactly',
      input: { ders: [bytes(48)], label: 'CERTIFICATE REQUEST' },
      want: `-----BEGIN CERTIFICATE REQUEST-----\n${btoa(String.fromCharCode(...bytes(48)))}\n-----END CERTIFICATE REQUEST-----\n`,
    },
    {
      name: '49 bytes wrap after 64 columns',
      input: { ders: [bytes(49)], label: undefined },
      want: `-----BEGIN CERTIFICATE-----\n${btoa(String.fromCharCode(...bytes(48)))}\nMA==\n-----END CERTIFICATE-----\n`,
    },
  ])('$name', ({ input, want }) => {
    expect(toPem(input.ders, input.label)).toBe(want);
  });

  it('writes a chain the parser reads back as the same certificates, in order', async () => {
    const ders = [pki.leaves.pchat.der, pki.cas.issuingCa1.der, pki.cas.root.der];
    const parsed = await parseInput(new TextEncoder().encode(toPem(ders)));
    expect(parsed.ok && parsed.certificates.map((c) => c.der)).toEqual(ders);
  });
});
