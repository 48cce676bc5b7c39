// Property tests: any input gives certificates or a typed error, quickly, and never throws.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkCertificates, parseInput, type InputErrorCode } from '../../../src/lib/cert/index.ts';
import { createTestPki, pkcs7Der, utf8 } from '../../support/pki/index.ts';

const pki = await createTestPki();
const codes: readonly InputErrorCode[] = [
  'empty',
  'too-large',
  'private-key',
  'pkcs12',
  'bad-base64',
  'malformed',
  'malformed-extension',
  'not-a-certificate',
  'no-certificate',
  'bad-encoding',
];

/** Parses and checks the outcome's shape and time. */
async function wellBehaved(bytes: Uint8Array): Promise<boolean> {
  const started = performance.now();
  const result = await parseInput(bytes);
  const shapeOk = result.ok ? result.certificates.length > 0 : codes.includes(result.error.code);
  return shapeOk && performance.now() - started < 500;
}

/** Flips, drops or inserts bytes at random positions. */
const mutated = (base: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc
    .array(
      fc.tuple(
        fc.nat(base.length - 1),
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom('set', 'cut', 'add'),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((edits) => {
      let bytes = [...base];
      for (const [at, value, kind] of edits) {
        if (kind === 'set') bytes[at % bytes.length] = value;
        else if (kind === 'cut') bytes = bytes.slice(0, at);
        else bytes.splice(at, 0, value);
        if (bytes.length === 0) bytes = [value];
      }
      return new Uint8Array(bytes);
    });

const rows = [
  { name: 'random bytes', input: fc.uint8Array({ maxLength: 2048 }), want: true },
  {
    name: 'random text',
    input: fc.string({ unit: 'grapheme', maxLength: 500 }).map(utf8),
    want: true,
  },
  { name: 'mutated DER', input: mutated(pki.leaves.pchat.der), want: true },
  { name: 'mutated PEM', input: mutated(utf8(pki.leaves.ecdsaP256.pem)), want: true },
  {
    name: 'mutated PKCS#7',
    input: mutated(pkcs7Der(pki.leaves.pchat, pki.cas.issuingCa1)),
    want: true,
  },
  {
    name: 'DER-like prefixes',
    input: fc
      .uint8Array({ maxLength: 64 })
      .map((tail) => new Uint8Array([0x30, 0x82, 0x01, 0x00, ...tail])),
    want: true,
  },
];

describe('parseInput never throws', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => (await wellBehaved(bytes)) === want),
      { numRuns: 200 },
    );
  });
});

describe('checkCertificates never throws', () => {
  it('with mutated references and servers', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated(pki.cas.issuingCa1.der),
        mutated(pki.leaves.pchat.der),
        fc.string(),
        async (ref, server, fqdn) => {
          const report = await checkCertificates({
            references: [ref],
            servers: [{ fqdn, input: server }],
            at: pki.now,
          });
          return report.servers.length + report.failures.length >= 1;
        },
      ),
      { numRuns: 100 },
    );
  });
});
