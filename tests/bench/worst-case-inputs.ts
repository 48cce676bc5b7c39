// The hostile shape of issue 9 part 1, made in the bench: one PKCS#7 reference holding N
// certificates issued by `CN=A` and N CA certificates named `CN=A`, each CA with its own key.
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';
import { pkcs7Der, type TestCert } from '../support/pki/index.ts';

const notBefore = new Date('2026-01-01T00:00:00Z');
const notAfter = new Date('2027-01-01T00:00:00Z');

/** The N × N reference bundle as DER bytes. */
export async function sameNameCaBundle(n: number): Promise<Uint8Array> {
  const certificates: TestCert[] = [];
  for (let index = 0; index < n; index += 1) {
    const caKeys = await generateKeys('p256');
    const leafKeys = await generateKeys('p256');
    const serial = (index + 1).toString(16).padStart(4, '0');
    certificates.push(
      await issue({
        serial: `a${serial}`,
        subject: [{ CN: ['A'] }],
        publicKey: caKeys.publicKey,
        issuerKeys: caKeys,
        notBefore,
        notAfter,
        ca: true,
      }),
      await issue({
        serial: `b${serial}`,
        subject: [{ CN: [`leaf${index}.example.invalid`] }],
        issuerName: [{ CN: ['A'] }],
        publicKey: leafKeys.publicKey,
        issuerKeys: caKeys,
        notBefore,
        notAfter,
        dnsNames: [`leaf${index}.example.invalid`],
      }),
    );
  }
  return pkcs7Der(...certificates);
}
