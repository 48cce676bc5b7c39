// The hostile shapes made in the bench: one PKCS#7 reference holding N certificates issued by
// `CN=A` and N CA certificates named `CN=A`, each CA with its own key (issue 9 part 1); and a
// server's presented chain full of CAs that borrow its issuer's name (issue 25, fault 3).
import { keyedServerCert, type KeyedCert } from '../cli/support/server-certs.ts';
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';
import { borrowedNameCas } from '../support/hostile/crafted-pkis.ts';
import { createTestPki, pkcs7Der, type TestCert } from '../support/pki/index.ts';

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

/** A server's leaf and the chain it presents: CAs it need not send, then the CA that signed it. */
export interface PresentedChain {
  readonly leaf: KeyedCert;
  /** Leaf first, as the server sends it. */
  readonly chain: readonly TestCert[];
}

/**
 * What a server may present in one TLS Certificate message (issue 25, fault 3): its leaf, issued
 * by the test PKI's CA 1 for `fqdn`, then `n` CA certificates that borrow CA 1's name and key
 * identifier, then CA 1 last: every borrower is a candidate issuer that a check must rule out
 * before it reaches the CA that signed the leaf.
 */
export async function presentedImpostorChain(fqdn: string, n: number): Promise<PresentedChain> {
  const { cas } = await createTestPki();
  const leaf = await keyedServerCert(fqdn);
  return { leaf, chain: [leaf, ...(await borrowedNameCas(n, cas.issuingCa1)), cas.issuingCa1] };
}
