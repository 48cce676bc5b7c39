// What the hostile inputs are made from: the test PKI's certificates, chains and keys, and the
// crafted PKIs of issue 9 part 1 (small by default; the long run asks for bigger ones).
import { longNameCas, sameNameCas } from '../support/hostile/crafted-pkis.ts';
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

/** Seed material, and the reference and server that a hostile input is checked against. */
export interface FuzzMaterial {
  readonly ders: readonly Uint8Array[];
  readonly pems: readonly string[];
  readonly bundles: readonly Uint8Array[];
  readonly keyPem: string;
  readonly crafted: readonly Uint8Array[];
  /** Certificates whose names carry bidirectional controls and right-to-left text (issue 25). */
  readonly bidi: readonly Uint8Array[];
  /** A good reference (the Front End certificate and its CA). */
  readonly reference: Uint8Array;
  /** A good server certificate, and its FQDN. */
  readonly server: { readonly fqdn: string; readonly input: Uint8Array };
  readonly now: Date;
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
    bidi: await bidiCertificates(pki),
    reference: utf8(pemChain(leaves.frontEnd, cas.issuingCa1)),
    server: { fqdn: leaves.pchat.fqdn, input: utf8(leaves.pchat.pem) },
    now,
  };
}
