// Server certificates with their private keys, issued by the test PKI's CA 1, for the TLS
// servers the CLI tests start (the shared PKI keeps no leaf keys) and for hostile-output tests.
import type { JsonNameParams } from '@peculiar/x509';
import { createTestPki, type TestPki } from '../../support/pki/index.ts';
import { issue, type TestCert } from '../../support/pki/issue.ts';
import { generateKeys } from '../../support/pki/keys.ts';

/** A certificate and its private key, both as PEM. */
export interface KeyedCert extends TestCert {
  readonly keyPem: string;
}

const serverAuth = '1.3.6.1.5.5.7.3.1';
let serial = 0x7000;

function pemBlock(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${(base64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
}

/** Issues a server certificate for `fqdn` from CA 1 (or another CA of the PKI) with its key. */
export async function keyedServerCert(
  fqdn: string,
  options: { subject?: JsonNameParams; ca?: keyof TestPki['cas'] } = {},
): Promise<KeyedCert> {
  const pki = await createTestPki();
  const ca = pki.cas[options.ca ?? 'issuingCa1'];
  const keys = await generateKeys('p256');
  const cert = await issue({
    serial: (serial++).toString(16),
    subject: options.subject ?? [{ C: ['DE'] }, { O: ['Contoso'] }, { CN: [fqdn] }],
    issuerName: ca.name,
    publicKey: keys.publicKey,
    issuerKeys: ca.keys,
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-01T00:00:00Z'),
    dnsNames: [fqdn],
    eku: [serverAuth],
    crlUrl: 'http://pki.contoso.com/crl/issuing.crl',
    authorityKeyId: ca.keyId,
  });
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { ...cert, keyPem: pemBlock('PRIVATE KEY', pkcs8) };
}
