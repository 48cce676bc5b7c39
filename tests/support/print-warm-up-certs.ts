// Prints the certificates embedded in src/scripts/checker/worker/warm-up-certs.ts, issued by the test
// PKI's own issuer. Run: `npx node tests/support/print-warm-up-certs.ts`, then paste the output.
// The keys live only in this process: no private key for the printed certificates exists anywhere.
import { issue, type TestCert } from './pki/issue.ts';
import { generateKeys } from './pki/keys.ts';

const notBefore = new Date('2026-01-01T00:00:00Z');
const notAfter = new Date('2046-01-01T00:00:00Z');
const crlUrl = 'http://pki.warm-up.invalid/crl/ca.crl';

// RSA 1024: WebCrypto's RSA import and verification are the same code for any modulus, and every
// byte here travels with the checker (its JavaScript budget is tight).
const rsaKeys = await generateKeys('rsa1024');
// Leaves carry a small P-256 key: the warm-up needs their signatures, not their size.
const leafKey = (await generateKeys('p256')).publicKey;

async function ca(cn: string, keys: CryptoKeyPair): Promise<TestCert> {
  const name = [{ O: ['Checker warm-up'] }, { CN: [cn] }];
  return issue({
    serial: '01',
    subject: name,
    publicKey: keys.publicKey,
    issuerKeys: keys,
    notBefore,
    notAfter,
    ca: true,
  });
}

async function leaf(fqdn: string, issuerCn: string, issuer: TestCert, keys: CryptoKeyPair) {
  return issue({
    serial: '02',
    subject: [{ O: ['Checker warm-up'] }, { CN: [fqdn] }],
    issuerName: [{ O: ['Checker warm-up'] }, { CN: [issuerCn] }],
    publicKey: leafKey,
    issuerKeys: keys,
    notBefore,
    notAfter,
    dnsNames: [fqdn],
    eku: ['1.3.6.1.5.5.7.3.1'],
    crlUrl,
    authorityKeyId: issuer.keyId,
  });
}

const rsaCa = await ca('Warm-up RSA CA', rsaKeys);
const certs = {
  rsaCa,
  rsaLeaf: await leaf('ref-rsa.warm-up.invalid', 'Warm-up RSA CA', rsaCa, rsaKeys),
};
for (const [name, cert] of Object.entries(certs)) {
  const base64 = btoa(String.fromCharCode(...cert.der));
  console.log(`const ${name} =\n  '${base64}';`);
}
