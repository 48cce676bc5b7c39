// The shared test PKI (memoized; generated with @peculiar/x509 and WebCrypto, never stored).
//
// createTestPki() gives:
// - cas: root → issuingCa1 and issuingCa2; renewedIssuingCa1 (CA 1's name, new key);
//   impostorCa1 (CA 1's name, own key, self-signed) and impostorCa1SameKeyId (also copies CA 1's
//   key identifier); ecIssuingCa (P-384) under root; otherRoot → otherIssuingCa (unrelated PKI).
//   Each CA: { pem, der, keyId, keys, name }.
// - leaves: see `leafSpecs` in leaves.ts; each { pem, der, keyId, fqdn }. Default leaf: issued by
//   issuingCa1, RSA 2048, SAN = its fqdn, server EKU, CRL DP, sha256, valid 2026-01-01..2027-01-01.
//   frontEnd (reference), pchat/pchat2 (all pass), ca1VariantIssuer (issuer = CA 1's name in other
//   string types/case), ca2/otherRoot (different), renewedCa1, impostor, impostorSameKeyId, noAki,
//   ecIssued, cnOnly, cnOnlyMismatch, wildcard, mismatch, sanIgnoresCn, idn (münchen), expired,
//   notYetValid, expiringSoon, ekuAny/ekuNone/ekuClientOnly, rsa1024, ecdsaP256/ecdsaP384/ed25519,
//   sha1/sha384/pss, noCrl, umlautUtf8, accentBmp; issue 14's odd ones: unknownCritical,
//   unknownNonCritical, knownCritical, duplicateSan, signatureMismatch (outer SHA-384, signed
//   SHA-256), underscore (FQDN foo_bar), percentSan, malformedSan, caAsServer.
// - privateKeyPem: a PEM PKCS#8 private key block (refusal fixtures).
// createTestRequests() gives PKCS#10 requests (see `requestSpecs` in requests.ts), each
// { fqdn, pem, der }: good, wildcard, noSan, rsa1024, pss, ekuClientOnly, ekuNone, templateName,
// templateOid, tampered (signature changed), ecdsaP256, ecdsaP384.
// Helpers: pemChain(...certs), pkcs7Der(...certs), pkcs7Pem(...certs), utf8(text).
// Validity is fixed relative to `pkiNow` (2026-06-01T00:00:00Z): pass it as `at`.
import { createAuthorities, pkiNow, type TestCas } from './authorities.ts';
import { generateKeys, privateKeyPem } from './keys.ts';
import { createLeaves, type LeafName, type TestLeaf } from './leaves.ts';

export { pkiNow, names, type TestCa, type TestCas } from './authorities.ts';
export { leafSpecs, type LeafName, type TestLeaf } from './leaves.ts';
export { pemChain, pkcs7Der, pkcs7Pem, utf8 } from './bundles.ts';
export {
  createTestRequests,
  requestSpecs,
  type RequestName,
  type TestRequest,
} from './requests.ts';
export type { TestCert } from './issue.ts';
export { unknownExtensionOid } from './odd-certificates.ts';

/** The whole test PKI. */
export interface TestPki {
  readonly now: Date;
  readonly cas: TestCas;
  readonly leaves: Readonly<Record<LeafName, TestLeaf>>;
  readonly privateKeyPem: string;
}

let memo: Promise<TestPki> | null = null;

/** The test PKI, generated once per process. */
export function createTestPki(): Promise<TestPki> {
  memo ??= (async () => {
    const cas = await createAuthorities();
    const leaves = await createLeaves(cas);
    return {
      now: pkiNow,
      cas,
      leaves,
      privateKeyPem: await privateKeyPem(await generateKeys('p256')),
    };
  })();
  return memo;
}
export { base64Lines, snippetOutput, snippetPem, utf16, windowsUtf16 } from './windows-bundle.ts';
