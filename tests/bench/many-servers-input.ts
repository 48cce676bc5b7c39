// The page's worst cases under the size cap (issue 25, fault 5), for the browser test and the
// main-thread bench: one CA and up to a thousand servers it issued, pasted at once.
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';
import { pemChain } from '../support/pki/index.ts';

const notBefore = new Date('2026-01-01T00:00:00Z');
const notAfter = new Date('2027-01-01T00:00:00Z');

/** A CA and many server certificates it issued, as the page's "many servers at once" gets them. */
export interface ManyServers {
  /** The issuing CA with its root, as the reference (and the chain each server file holds). */
  readonly caPem: string;
  readonly servers: readonly { readonly fqdn: string; readonly pem: string }[];
}

/**
 * The page's worst cases under the size cap (issue 25, fault 5): `n` server certificates from an
 * issuing CA under a root. With P-256 keys, a thousand of them, pasted at once, stay under the
 * 1 MiB cap; with RSA 2048 keys they are the size of what a Windows CA issues. One key for every
 * server keeps generating them quick; the checker judges each certificate anyway.
 */
export async function manyServers(
  n: number,
  keys: 'p256' | 'rsa2048' = 'p256',
): Promise<ManyServers> {
  const [rootKeys, caKeys, leafKeys] = await Promise.all([
    generateKeys(keys),
    generateKeys(keys),
    generateKeys(keys),
  ]);
  const rootName = [{ CN: ['Many Root CA'] }];
  const caName = [{ CN: ['Many CA'] }];
  const root = await issue({
    serial: '0c00',
    subject: rootName,
    publicKey: rootKeys.publicKey,
    issuerKeys: rootKeys,
    notBefore,
    notAfter,
    ca: true,
  });
  const ca = await issue({
    serial: '0c01',
    subject: caName,
    issuerName: rootName,
    publicKey: caKeys.publicKey,
    issuerKeys: rootKeys,
    notBefore,
    notAfter,
    ca: true,
    authorityKeyId: root.keyId,
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
  return { caPem: pemChain(ca, root), servers };
}

/**
 * The Management Shell snippet's output for `many` (issue 22): the reference, then each server
 * as a Front End Server with two labelled certificates (Default and WebServicesInternal, here one
 * certificate twice), with CRLF line ends as Windows PowerShell writes them.
 */
export function snippetBundleOf(many: ManyServers): string {
  const blocks = [
    `# reference\n${many.caPem}`,
    ...many.servers.flatMap(({ fqdn, pem }) => [
      `# ${fqdn} FrontEnd Default\n${pem}`,
      `# ${fqdn} FrontEnd WebServicesInternal\n${pem}`,
    ]),
  ];
  return blocks.join('').replace(/\r?\n/g, '\r\n');
}
