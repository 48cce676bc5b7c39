// A genuine CA and an impostor that copies its name and key identifier (with a key of its own), and
// a server certificate from each, signed with any algorithm of any-algorithm.ts (issue 25 fault 1).
import 'reflect-metadata';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  CRLDistributionPointsExtension,
  ExtendedKeyUsageExtension,
  Extension,
  Name,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  type JsonNameParams,
} from '@peculiar/x509';
import {
  anyAlgorithms,
  anyKeys,
  type AnyAlgorithm,
  type AnyKeyKind,
  type AnyKeys,
} from './any-algorithm.ts';
import { rewriteSigned } from './der-surgery.ts';
import { certificatePem, type TestCert } from './issue.ts';
import { generateKeys } from './keys.ts';

/** A CA of the table: its certificate and its keys. */
export interface AnyCa extends TestCert {
  readonly keys: AnyKeys;
  readonly name: JsonNameParams;
}

const notBefore = new Date('2026-01-01T00:00:00Z');
const notAfter = new Date('2027-01-01T00:00:00Z');
/** What a CA signs its own certificate with: the usual algorithm of its key. */
const ownAlgorithm: Readonly<Record<AnyKeyKind, string>> = {
  rsa: 'sha256WithRSAEncryption',
  p256: 'ecdsa-with-SHA256 on P-256',
  p384: 'ecdsa-with-SHA384 on P-384',
  p521: 'ecdsa-with-SHA512 on P-521',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
  dsa: 'dsa-with-SHA256',
  'ml-dsa': 'ML-DSA-44 (unknown to the checker)',
};

/** The algorithm with this row label. */
export function algorithmLabelled(label: string): AnyAlgorithm {
  const found = anyAlgorithms.find((a) => a.label === label);
  if (!found) throw new Error(`no algorithm ${label}`);
  return found;
}

/** A placeholder WebCrypto signer: the schema library signs, then the signature is replaced. */
const placeholder = generateKeys('p256');

/** How a table certificate is signed: the AlgorithmIdentifier it names, and its signature. */
export interface Signing {
  readonly identifier: Uint8Array;
  readonly sign: (tbs: Uint8Array) => Uint8Array;
}

/** Signing with `algorithm` by the holder of `keys`. */
export const signedBy = (keys: AnyKeys, algorithm: AnyAlgorithm): Signing => ({
  identifier: algorithm.identifier,
  sign: (tbs) => algorithm.sign(tbs, keys.privateKey),
});

/** One certificate with `spki` as its key, signed as `signing` says. */
export async function anyCertificate(spec: {
  serial: string;
  subject: JsonNameParams;
  issuer: JsonNameParams;
  spki: Uint8Array<ArrayBuffer>;
  signing: Signing;
  extensions: Extension[];
}): Promise<TestCert> {
  const drafted = await X509CertificateGenerator.create({
    serialNumber: spec.serial,
    subject: new Name(spec.subject),
    issuer: new Name(spec.issuer),
    notBefore,
    notAfter,
    publicKey: spec.spki,
    signingKey: (await placeholder).privateKey,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
    extensions: spec.extensions,
  });
  const der = rewriteSigned(new Uint8Array(drafted.rawData), 'certificate', {
    algorithm: spec.signing.identifier,
    sign: spec.signing.sign,
  });
  const ski = spec.extensions.find((e) => e instanceof SubjectKeyIdentifierExtension);
  return { der, pem: certificatePem(der), keyId: ski ? ski.keyId : null };
}

/** A self-signed CA certificate: its own name, and the key identifier it claims. */
export async function anyCa(
  serial: string,
  name: JsonNameParams,
  keys: AnyKeys,
  keyId: string,
): Promise<AnyCa> {
  const cert = await anyCertificate({
    serial,
    subject: name,
    issuer: name,
    spki: keys.spki,
    signing: signedBy(keys, algorithmLabelled(ownAlgorithm[keys.kind])),
    extensions: [
      new BasicConstraintsExtension(true, undefined, true),
      new SubjectKeyIdentifierExtension(keyId),
    ],
  });
  return { ...cert, keys, name };
}

/** The genuine CA of one key kind and its impostor: same name and key identifier, another key. */
export interface CaPair {
  readonly genuine: AnyCa;
  readonly impostor: AnyCa;
}

const pairs = new Map<AnyKeyKind, Promise<CaPair>>();
let serial = 0x2500;

/** A fresh serial number for a table certificate. */
export const nextSerial = (): string => (serial++).toString(16);

/** The CA pair of a key kind, made once per process. */
export function caPair(kind: AnyKeyKind): Promise<CaPair> {
  let pair = pairs.get(kind);
  if (!pair) {
    const name: JsonNameParams = [
      { C: ['DE'] },
      { O: ['Contoso'] },
      { CN: [`Contoso ${kind} Issuing CA`] },
    ];
    pair = (async () => {
      const genuineKeys = anyKeys(kind);
      const genuine = await anyCa(nextSerial(), name, genuineKeys, genuineKeys.keyId);
      const impostor = await anyCa(nextSerial(), name, anyKeys(kind), genuineKeys.keyId);
      return { genuine, impostor };
    })();
    pairs.set(kind, pair);
  }
  return pair;
}

/** The server's key: any key will do, the CA's signature is what is judged. */
const leafKeys = anyKeys('p256');

/** A server certificate naming `ca` (name and key identifier) as its issuer, signed by `signer`. */
export function anyLeaf(
  fqdn: string,
  ca: AnyCa,
  signer: AnyKeys,
  algorithm: AnyAlgorithm,
): Promise<TestCert> {
  return anyCertificate({
    serial: nextSerial(),
    subject: [{ C: ['DE'] }, { O: ['Contoso'] }, { CN: [fqdn] }],
    issuer: ca.name,
    spki: leafKeys.spki,
    signing: signedBy(signer, algorithm),
    extensions: [
      new SubjectAlternativeNameExtension([{ type: 'dns', value: fqdn }]),
      new ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.1']),
      new CRLDistributionPointsExtension(['http://pki.contoso.com/crl/issuing.crl']),
      new AuthorityKeyIdentifierExtension(ca.keyId ?? ''),
    ],
  });
}
