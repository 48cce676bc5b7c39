// Certificates for the checker's browser tests, from the shared test PKI, plus an XSS probe.
import { createTestPki, names, pemChain, pkcs7Der, type TestPki } from '../../support/pki/index.ts';
import { issue } from '../../support/pki/issue.ts';
import { generateKeys } from '../../support/pki/keys.ts';

/** A certificate whose subject CN and SAN are markup: it must render as text and run nothing. */
export const xssName = '<img src=x onerror=alert(1)>';

/** What the browser tests paste, upload and expect. */
export interface CheckerFixtures {
  readonly pki: TestPki;
  /** Front End pool certificate with its chain: reference CA is Contoso Issuing CA 1. */
  readonly referencePem: string;
  /** The same chain as a DER PKCS#7 bundle (.p7b). */
  readonly referenceP7b: Uint8Array;
  /** A certificate issued by CA 1 whose subject CN is `xssName`. */
  readonly xssPem: string;
}

let memo: Promise<CheckerFixtures> | null = null;

/** Builds the fixtures once per test file. */
export function checkerFixtures(): Promise<CheckerFixtures> {
  memo ??= (async () => {
    const pki = await createTestPki();
    const { frontEnd } = pki.leaves;
    const { issuingCa1, root } = pki.cas;
    const xss = await issue({
      serial: '7e57',
      subject: [{ CN: [xssName] }],
      issuerName: names.ca1,
      publicKey: (await generateKeys('p256')).publicKey,
      issuerKeys: issuingCa1.keys,
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2027-01-01T00:00:00Z'),
      dnsNames: ['xss.contoso.com'],
      eku: ['1.3.6.1.5.5.7.3.1'],
      crlUrl: 'http://pki.contoso.com/crl/issuing.crl',
      authorityKeyId: issuingCa1.keyId,
    });
    return {
      pki,
      referencePem: pemChain(frontEnd, issuingCa1, root),
      referenceP7b: pkcs7Der(frontEnd, issuingCa1, root),
      xssPem: xss.pem,
    };
  })();
  return memo;
}
