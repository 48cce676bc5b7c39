// The fast reader must never decide differently from the full schema parse: wherever it gives
// fields they equal the schema's, and it takes nothing the schema parse refuses.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainCertificate } from '../../../src/lib/cert/fast-certificate.ts';
import { schemaFields } from '../../../src/lib/cert/x509-adapter.ts';
import { parseInput } from '../../../src/lib/cert/index.ts';
import { createTestPki } from '../../support/pki/index.ts';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('manifest.json', corpus), 'utf8')) as {
  file: string;
}[];
const pki = await createTestPki();

/** What the schema parse gives: its fields, or 'refused' with the error it names. */
function schemaOutcome(der: Uint8Array): unknown {
  const read = schemaFields(der);
  return read.ok ? read.fields : 'refused';
}

/** Every certificate DER of the corpus (bundles opened) and of the test PKI. */
async function knownCertificates(): Promise<{ name: string; der: Uint8Array }[]> {
  const found: { name: string; der: Uint8Array }[] = [];
  for (const { file } of manifest) {
    const result = await parseInput(new Uint8Array(await readFile(new URL(file, corpus))));
    if (result.ok)
      result.certificates.forEach((c, i) => found.push({ name: `${file}#${i}`, der: c.der }));
  }
  for (const [name, cert] of [...Object.entries(pki.leaves), ...Object.entries(pki.cas)])
    found.push({ name: `pki:${name}`, der: cert.der });
  return found;
}

const known = await knownCertificates();

describe('fast certificate reader', () => {
  it.each(known.map(({ name, der }) => ({ name, input: der })))(
    '$name: same fields as the schema parse, or none',
    ({ input }) => {
      const fast = readPlainCertificate(input);
      if (fast !== null) expect(fast).toEqual(schemaOutcome(input));
    },
  );

  it('takes the plain certificates of the test PKI (the common case stays fast)', () => {
    // The leaf with a malformed SAN must reach the schema parse, which names the extension.
    const { malformedSan, ...plain } = pki.leaves;
    const taken = Object.values(plain).filter((leaf) => readPlainCertificate(leaf.der));
    expect(taken.length).toBeGreaterThanOrEqual(Object.keys(plain).length - 4);
    expect(readPlainCertificate(malformedSan.der)).toBeNull();
  });

  const mutated = (base: Uint8Array) =>
    fc
      .array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((edits) => {
        const bytes = new Uint8Array(base);
        for (const [at, value] of edits) bytes[at] = value;
        return bytes;
      });

  it.each([
    { name: 'mutated RSA leaf', input: pki.leaves.pchat.der },
    { name: 'mutated ECDSA leaf', input: pki.leaves.ecdsaP256.der },
    { name: 'mutated CA', input: pki.cas.issuingCa1.der },
  ])('$name: never accepts what the schema parse refuses, never differs', ({ input }) => {
    fc.assert(
      fc.property(mutated(input), (bytes) => {
        // Declining is null, never an exception.
        const fast = readPlainCertificate(bytes);
        if (fast === null) return true;
        expect(fast).toEqual(schemaOutcome(bytes));
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    { name: 'a name in a BMPString', input: pki.leaves.accentBmp.der, want: null },
    { name: 'a SAN that is not DER', input: pki.leaves.malformedSan.der, want: null },
    { name: 'a certificate cut short', input: pki.leaves.pchat.der.subarray(0, 100), want: null },
    { name: 'no bytes', input: new Uint8Array(), want: null },
    { name: 'an empty SEQUENCE', input: Uint8Array.of(0x30, 0x00), want: null },
    { name: 'a BIT STRING', input: Uint8Array.of(0x03, 0x01, 0x00), want: null },
  ])('declines $name with null', ({ input, want }) => {
    expect(readPlainCertificate(input)).toBe(want);
  });

  it.each([
    {
      name: 'a name in a BMPString is read by the schema parse',
      input: pki.leaves.accentBmp.pem,
      want: { ok: true, subject: 'CN=pchat31.contoso.com, O=Società Città' },
    },
    {
      name: 'a SAN that is not DER is named by the schema parse',
      input: pki.leaves.malformedSan.pem,
      want: { ok: false, code: 'malformed-extension' },
    },
  ])('what it declines: $name', async ({ input, want }) => {
    const result = await parseInput(new TextEncoder().encode(input));
    expect(
      result.ok
        ? { ok: true, subject: result.certificates[0]?.subject.text }
        : { ok: false, code: result.error.code },
    ).toEqual(want);
  });
});
