// The CAs of the test PKI: a root with two issuing CAs, a renewed issuing CA 1 (same name, new
// key), impostors using CA 1's name (one also copying its key id), an ECDSA issuing CA, and an
// unrelated second root with its own issuing CA.
import type { JsonNameParams } from '@peculiar/x509';
import { issue, keyIdOf, type TestCert } from './issue.ts';
import { generateKeys } from './keys.ts';

/** A CA: its certificate, its keys and its name. */
export interface TestCa extends TestCert {
  readonly keys: CryptoKeyPair;
  readonly name: JsonNameParams;
}

/** The fixed instant the test PKI's validity windows are relative to. */
export const pkiNow = new Date('2026-06-01T00:00:00Z');

const year = (offset: number): Date => new Date(Date.UTC(2026 + offset, 0, 1));

/** Names used by the PKI (DER order: most significant first). */
export const names = {
  root: [{ C: ['DE'] }, { O: ['Contoso'] }, { CN: ['Contoso Root CA'] }],
  ca1: [
    { C: ['DE'] },
    { O: [{ utf8String: 'Contoso Müller GmbH' }] },
    { CN: ['Contoso Issuing CA 1'] },
  ],
  /** CA 1's name in other string types, case and spacing: equal under RFC 5280 rules. */
  ca1Variant: [
    { C: [{ printableString: 'DE' }] },
    { O: [{ bmpString: 'CONTOSO  MÜLLER GMBH' }] },
    { CN: [{ printableString: 'contoso issuing ca 1' }] },
  ],
  ca2: [{ C: ['DE'] }, { O: ['Contoso'] }, { CN: ['Contoso Issuing CA 2'] }],
  ecCa: [{ C: ['DE'] }, { O: ['Contoso'] }, { CN: ['Contoso ECC Issuing CA'] }],
  otherRoot: [
    { C: ['IT'] },
    { O: [{ bmpString: 'Fabrikam Società' }] },
    { CN: ['Fabrikam Root CA'] },
  ],
  otherCa: [
    { C: ['IT'] },
    { O: [{ bmpString: 'Fabrikam Società' }] },
    { CN: ['Fabrikam Issuing CA'] },
  ],
} satisfies Record<string, JsonNameParams>;

/** All CAs of the test PKI. */
export interface TestCas {
  readonly root: TestCa;
  readonly issuingCa1: TestCa;
  readonly issuingCa2: TestCa;
  readonly renewedIssuingCa1: TestCa;
  readonly impostorCa1: TestCa;
  readonly impostorCa1SameKeyId: TestCa;
  readonly ecIssuingCa: TestCa;
  readonly otherRoot: TestCa;
  readonly otherIssuingCa: TestCa;
}

/** Issues a CA certificate under `parent` (or self-signed when parent is null). */
async function makeCa(
  serial: string,
  name: JsonNameParams,
  parent: TestCa | null,
  keys: CryptoKeyPair,
  keyId?: string,
): Promise<TestCa> {
  const cert = await issue({
    serial,
    subject: name,
    issuerName: parent?.name ?? name,
    publicKey: keys.publicKey,
    issuerKeys: parent?.keys ?? keys,
    notBefore: year(-6),
    notAfter: year(10),
    ca: true,
    crlUrl: parent ? 'http://pki.contoso.com/crl/root.crl' : null,
    authorityKeyId: parent ? parent.keyId : await keyIdOf(keys.publicKey),
    ...(keyId === undefined ? {} : { keyId }),
  });
  return { ...cert, keys, name };
}

/** Generates all CAs. */
export async function createAuthorities(): Promise<TestCas> {
  const root = await makeCa('0a01', names.root, null, await generateKeys('rsa2048'));
  const issuingCa1 = await makeCa('0a02', names.ca1, root, await generateKeys('rsa2048'));
  const issuingCa2 = await makeCa('0a03', names.ca2, root, await generateKeys('rsa2048'));
  const renewedIssuingCa1 = await makeCa('0a04', names.ca1, root, await generateKeys('rsa2048'));
  const impostorKeys = await generateKeys('rsa2048');
  const impostorCa1 = await makeCa('0b01', names.ca1, null, impostorKeys);
  const impostorCa1SameKeyId = await makeCa(
    '0b02',
    names.ca1,
    null,
    impostorKeys,
    issuingCa1.keyId ?? '',
  );
  const ecIssuingCa = await makeCa('0a05', names.ecCa, root, await generateKeys('p384'));
  const otherRoot = await makeCa('0c01', names.otherRoot, null, await generateKeys('rsa2048'));
  const otherIssuingCa = await makeCa(
    '0c02',
    names.otherCa,
    otherRoot,
    await generateKeys('rsa2048'),
  );
  return {
    root,
    issuingCa1,
    issuingCa2,
    renewedIssuingCa1,
    impostorCa1,
    impostorCa1SameKeyId,
    ecIssuingCa,
    otherRoot,
    otherIssuingCa,
  };
}
