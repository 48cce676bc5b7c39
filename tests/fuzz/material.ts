// What the hostile inputs are made from: the test PKI's certificates, chains and keys, the
// crafted PKIs of issue 9 part 1 (small by default; the long run asks for bigger ones), what a
// TLS server may present (issue 25, fault 3): leaves with their keys, and CAs that borrow CA 1's
// name, the forgeries of issue 25 (faults 1, 2 and 4), and names with bidirectional text.
import { keyedServerCert, type KeyedCert } from '../cli/support/server-certs.ts';
import { borrowedNameCas, longNameCas, sameNameCas } from '../support/hostile/crafted-pkis.ts';
import {
  createTestPki,
  names,
  pemChain,
  pkcs7Der,
  utf8,
  type TestPki,
} from '../support/pki/index.ts';
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';
import { forgeryMaterial, type ForgeryMaterial } from './forgery-material.ts';

/** Seed material, and the reference and server that a hostile input is checked against. */
export interface FuzzMaterial {
  readonly ders: readonly Uint8Array[];
  readonly pems: readonly string[];
  readonly bundles: readonly Uint8Array[];
  readonly keyPem: string;
  readonly crafted: readonly Uint8Array[];
  /** The server's leaves with their keys, from CA 1 and from an impostor of it: sent first. */
  readonly presentedLeaves: readonly KeyedCert[];
  /** CA certificates a server may send after its leaf, CA 1's name borrowers among them. */
  readonly presentedCas: readonly Uint8Array[];
  /** CA 1, CAs that share its name (and key id), and its root: where a lost one matters. */
  readonly presentedFamily: readonly Uint8Array[];
  /** Certificates whose names carry bidirectional controls and right-to-left text (issue 25). */
  readonly bidi: readonly Uint8Array[];
  /** A good reference (the Front End certificate and its CA). */
  readonly reference: Uint8Array;
  /** A good server certificate, and its FQDN. */
  readonly server: { readonly fqdn: string; readonly input: Uint8Array };
  readonly now: Date;
  /** Issue 25: impostors per signature algorithm, contradictory CAs, huge RSA exponents. */
  readonly forgeries: ForgeryMaterial;
}

/** Names that reorder the text around them unless each is isolated where it is shown. */
const bidiNames = ['pchat\u202e01.contoso.com', '\u2067مرحبا\u2069 CA', 'fe\u200f\u202b01\u202c'];

/** Server certificates issued by CA 1 under the bidirectional names above. */
async function bidiCertificates(pki: TestPki): Promise<Uint8Array[]> {
  const { issuingCa1 } = pki.cas;
  const key = (await generateKeys('p256')).publicKey;
  const issued = await Promise.all(
    bidiNames.map((name, index) =>
      issue({
        serial: `b1d${index}`,
        subject: [{ O: [name] }, { CN: [name] }],
        issuerName: names.ca1,
        publicKey: key,
        issuerKeys: issuingCa1.keys,
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date('2027-01-01T00:00:00Z'),
        eku: ['1.3.6.1.5.5.7.3.1'],
        authorityKeyId: issuingCa1.keyId,
      }),
    ),
  );
  return issued.map((certificate) => certificate.der);
}

/** The material; `craftedSize` sets N of the crafted same-name PKIs. */
export async function fuzzMaterial(craftedSize = 12): Promise<FuzzMaterial> {
  const pki = await createTestPki();
  const { cas, leaves, privateKeyPem, now } = pki;
  const certs = [...Object.values(cas), ...Object.values(leaves)];
  const crafted = await Promise.all([
    sameNameCas(craftedSize, 'own-key-ids'),
    sameNameCas(craftedSize, 'no-key-ids'),
    sameNameCas(craftedSize, 'shared-key-id'),
    longNameCas(Math.max(2, Math.floor(craftedSize / 4)), 1100),
  ]);
  const fqdn = leaves.pchat.fqdn;
  const borrowers = await borrowedNameCas(Math.max(2, Math.floor(craftedSize / 2)), cas.issuingCa1);
  return {
    ders: certs.map((c) => c.der),
    pems: certs.map((c) => c.pem),
    bundles: [
      pkcs7Der(leaves.pchat, cas.issuingCa1, cas.root),
      pkcs7Der(leaves.impostorSameKeyId, cas.impostorCa1SameKeyId),
      pkcs7Der(leaves.ecdsaP384, cas.ecIssuingCa),
    ],
    keyPem: privateKeyPem,
    crafted: crafted.flatMap((one) => [one.bundle, ...one.cas.slice(0, 2).map((c) => c.der)]),
    presentedLeaves: [
      await keyedServerCert(fqdn),
      await keyedServerCert(fqdn, { ca: 'impostorCa1SameKeyId' }),
    ],
    presentedFamily: [
      cas.issuingCa1.der,
      cas.impostorCa1SameKeyId.der,
      ...borrowers.slice(0, 2).map((c) => c.der),
      cas.impostorCa1.der,
      cas.renewedIssuingCa1.der,
      cas.root.der,
    ],
    presentedCas: [
      ...Object.values(cas).map((c) => c.der),
      ...borrowers.map((c) => c.der),
      ...crafted.flatMap((one) => one.cas.slice(0, 2).map((c) => c.der)),
    ],
    bidi: await bidiCertificates(pki),
    reference: utf8(pemChain(leaves.frontEnd, cas.issuingCa1)),
    server: { fqdn, input: utf8(leaves.pchat.pem) },
    now,
    forgeries: await forgeryMaterial(cas, leaves.frontEnd, leaves.pchat.fqdn),
  };
}
