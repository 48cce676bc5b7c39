// The page's worst case under the size cap (issue 25, fault 5), for the browser test and the
// main-thread bench: one CA and a thousand servers it issued, pasted at once.
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';
import { pemChain } from '../support/pki/index.ts';

const notBefore = new Date('2026-01-01T00:00:00Z');
const notAfter = new Date('2027-01-01T00:00:00Z');

/** A CA and many server certificates it issued, as the page's "many servers at once" gets them. */
export interface ManyServers {
  readonly caPem: string;
  readonly servers: readonly { readonly fqdn: string; readonly pem: string }[];
}

/**
 * The page's worst case under the size cap (issue 25, fault 5): `n` server certificates from one
 * P-256 CA, small enough that a thousand of them, pasted at once, stay under the 1 MiB cap. One
 * key for every server keeps generating them quick; the checker judges each certificate anyway.
 */
export async function manyServers(n: number): Promise<ManyServers> {
  const caKeys = await generateKeys('p256');
  const leafKeys = await generateKeys('p256');
  const caName = [{ CN: ['Many CA'] }];
  const ca = await issue({
    serial: '0c01',
    subject: caName,
    publicKey: caKeys.publicKey,
    issuerKeys: caKeys,
    notBefore,
    notAfter,
    ca: true,
  });
  const servers = await Promise.all(
    Array.from({ length: n }, async (_, index) => {
      const fqdn = `s${index}.contoso.com`;
      const leaf = await issue({
        serial: (index + 0x1000).toString(16),
        subject: [{ CN: [fqdn] }],
        issuerName: caName,
        publicKey: leafKeys.publicKey,
        issuerKeys: caKeys,
        notBefore,
        notAfter,
        dnsNames: [fqdn],
        eku: ['1.3.6.1.5.5.7.3.1'],
        crlUrl: 'http://pki.contoso.com/m.crl',
        keyId: null,
        authorityKeyId: ca.keyId,
      });
      return { fqdn, pem: pemChain(leaf) };
    }),
  );
  return { caPem: pemChain(ca), servers };
}
