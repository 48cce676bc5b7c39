// The end-entity certificates of the test PKI: one per row of the contract's check tables.
import type { JsonNameParams } from '@peculiar/x509';
import { names, type TestCa, type TestCas } from './authorities.ts';
import { issue, type RawExtension, type TestCert } from './issue.ts';
import { generateKeys, type KeyKind, type SigningScheme } from './keys.ts';
import { malformedSan, oddExtensions, withOuterSha384 } from './odd-certificates.ts';

const serverAuth = '1.3.6.1.5.5.7.3.1';
const clientAuth = '1.3.6.1.5.5.7.3.2';
const anyUsage = '2.5.29.37.0';
// Every usage the checker names, and one it does not (Encrypting File System).
const otherUsages = [
  '1.3.6.1.5.5.7.3.4',
  '1.3.6.1.5.5.7.3.3',
  '1.3.6.1.5.5.7.3.8',
  '1.3.6.1.5.5.7.3.9',
  '1.3.6.1.4.1.311.10.3.4',
];

/** How one leaf differs from the default (CA 1, RSA 2048, SAN = its FQDN, server EKU, CRL DP). */
interface LeafSpec {
  readonly fqdn: string;
  readonly ca?: keyof TestCas;
  readonly dnsNames?: readonly string[] | null;
  readonly subject?: JsonNameParams;
  readonly eku?: readonly string[] | null;
  readonly key?: KeyKind;
  readonly scheme?: SigningScheme;
  readonly crl?: boolean;
  readonly aki?: boolean;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** A CA certificate (basic constraints cA true) in the server's place. */
  readonly caCert?: boolean;
  readonly extraExtensions?: readonly RawExtension[];
  /** The SAN extension replaced by one that is not valid DER. */
  readonly malformedSan?: boolean;
  /** The outer signatureAlgorithm rewritten to differ from tbsCertificate.signature. */
  readonly outerSha384?: boolean;
}

/** Every leaf, by name: `fqdn` is the server name each one is meant for. */
export const leafSpecs = {
  frontEnd: { fqdn: 'fe01.contoso.com', dnsNames: ['fe01.contoso.com', 'pool01.contoso.com'] },
  pchat: { fqdn: 'pchat01.contoso.com' },
  pchat2: { fqdn: 'pchat02.contoso.com' },
  ca1VariantIssuer: { fqdn: 'pchat03.contoso.com' },
  ca2: { fqdn: 'pchat04.contoso.com', ca: 'issuingCa2' },
  otherRoot: { fqdn: 'pchat05.contoso.com', ca: 'otherIssuingCa' },
  renewedCa1: { fqdn: 'pchat06.contoso.com', ca: 'renewedIssuingCa1' },
  impostor: { fqdn: 'pchat07.contoso.com', ca: 'impostorCa1' },
  impostorSameKeyId: { fqdn: 'pchat08.contoso.com', ca: 'impostorCa1SameKeyId' },
  noAki: { fqdn: 'pchat09.contoso.com', aki: false },
  ecIssued: { fqdn: 'pchat10.contoso.com', ca: 'ecIssuingCa', key: 'p256' },
  cnOnly: { fqdn: 'pchat11.contoso.com', dnsNames: null },
  cnOnlyMismatch: {
    fqdn: 'pchat12.contoso.com',
    dnsNames: null,
    subject: [{ CN: ['other.contoso.com'] }],
  },
  wildcard: { fqdn: 'pchat13.contoso.com', dnsNames: ['*.contoso.com'] },
  mismatch: { fqdn: 'pchat14.contoso.com', dnsNames: ['other.contoso.com'] },
  sanIgnoresCn: { fqdn: 'pchat15.contoso.com', dnsNames: ['other.contoso.com'] },
  idn: { fqdn: 'münchen.contoso.com', dnsNames: ['xn--mnchen-3ya.contoso.com'] },
  expired: {
    fqdn: 'pchat16.contoso.com',
    notBefore: new Date('2025-01-01T00:00:00Z'),
    notAfter: new Date('2026-05-01T00:00:00Z'),
  },
  notYetValid: { fqdn: 'pchat17.contoso.com', notBefore: new Date('2026-07-01T00:00:00Z') },
  expiringSoon: { fqdn: 'pchat18.contoso.com', notAfter: new Date('2026-06-15T00:00:00Z') },
  ekuAny: { fqdn: 'pchat19.contoso.com', eku: [anyUsage] },
  ekuNone: { fqdn: 'pchat20.contoso.com', eku: null },
  ekuClientOnly: { fqdn: 'pchat21.contoso.com', eku: [clientAuth] },
  rsa1024: { fqdn: 'pchat22.contoso.com', key: 'rsa1024' },
  ecdsaP256: { fqdn: 'pchat23.contoso.com', key: 'p256' },
  ecdsaP384: { fqdn: 'pchat24.contoso.com', key: 'p384' },
  ed25519: { fqdn: 'pchat25.contoso.com', key: 'ed25519' },
  sha1: { fqdn: 'pchat26.contoso.com', scheme: 'sha1' },
  sha384: { fqdn: 'pchat27.contoso.com', scheme: 'sha384' },
  pss: { fqdn: 'pchat28.contoso.com', scheme: 'pss' },
  noCrl: { fqdn: 'pchat29.contoso.com', crl: false },
  umlautUtf8: {
    fqdn: 'pchat30.contoso.com',
    subject: [{ O: [{ utf8String: 'Bäckerei Größe' }] }, { CN: ['pchat30.contoso.com'] }],
  },
  accentBmp: {
    fqdn: 'pchat31.contoso.com',
    subject: [{ O: [{ bmpString: 'Società Città' }] }, { CN: ['pchat31.contoso.com'] }],
  },
  unknownCritical: { fqdn: 'pchat32.contoso.com', extraExtensions: oddExtensions.unknownCritical },
  unknownNonCritical: {
    fqdn: 'pchat33.contoso.com',
    extraExtensions: oddExtensions.unknownNonCritical,
  },
  knownCritical: { fqdn: 'pchat34.contoso.com', extraExtensions: oddExtensions.knownCritical },
  duplicateSan: { fqdn: 'pchat35.contoso.com', extraExtensions: oddExtensions.duplicateSan },
  signatureMismatch: { fqdn: 'pchat36.contoso.com', outerSha384: true },
  underscore: { fqdn: 'foo_bar.contoso.com' },
  percentSan: { fqdn: 'pchat37.contoso.com', dnsNames: ['pchat37%2Econtoso.com'] },
  malformedSan: { fqdn: 'pchat39.contoso.com', dnsNames: null, malformedSan: true },
  caAsServer: { fqdn: 'pchat40.contoso.com', caCert: true },
  ekuMixed: { fqdn: 'pchat41.contoso.com', eku: [clientAuth, ...otherUsages] },
  // In its last day at the PKI's instant: no whole day left.
  expiringToday: { fqdn: 'pchat42.contoso.com', notAfter: new Date('2026-06-01T12:00:00Z') },
} satisfies Record<string, LeafSpec>;

/** Names of the leaves. */
export type LeafName = keyof typeof leafSpecs;

/** A leaf certificate with the FQDN it is meant for. */
export interface TestLeaf extends TestCert {
  readonly fqdn: string;
}

/** Issues every leaf. */
export async function createLeaves(cas: TestCas): Promise<Record<LeafName, TestLeaf>> {
  const keys: Partial<Record<KeyKind, CryptoKeyPair>> = {};
  const keyOf = async (kind: KeyKind): Promise<CryptoKeyPair> =>
    (keys[kind] ??= await generateKeys(kind));
  const leaves: Partial<Record<LeafName, TestLeaf>> = {};
  let serial = 0x1000;
  for (const [name, raw] of Object.entries(leafSpecs)) {
    const spec: LeafSpec = raw;
    const ca: TestCa = cas[spec.ca ?? 'issuingCa1'];
    const issuerName = name === 'ca1VariantIssuer' ? names.ca1Variant : ca.name;
    const cert = await issue({
      serial: (serial++).toString(16),
      subject: spec.subject ?? [{ C: ['DE'] }, { O: ['Contoso'] }, { CN: [spec.fqdn] }],
      issuerName,
      publicKey: (await keyOf(spec.key ?? 'rsa2048')).publicKey,
      issuerKeys: ca.keys,
      notBefore: spec.notBefore ?? new Date('2026-01-01T00:00:00Z'),
      notAfter: spec.notAfter ?? new Date('2027-01-01T00:00:00Z'),
      ...(spec.dnsNames === null ? {} : { dnsNames: spec.dnsNames ?? [spec.fqdn] }),
      ...(spec.eku === null ? {} : { eku: spec.eku ?? [serverAuth] }),
      crlUrl: spec.crl === false ? null : 'http://pki.contoso.com/crl/issuing.crl',
      authorityKeyId: spec.aki === false ? null : ca.keyId,
      scheme: spec.scheme ?? 'sha256',
      ca: spec.caCert ?? false,
      extraExtensions: [
        ...(spec.extraExtensions ?? []),
        ...(spec.malformedSan ? [malformedSan] : []),
      ],
    });
    leaves[name as LeafName] = {
      ...(spec.outerSha384 ? withOuterSha384(cert) : cert),
      fqdn: spec.fqdn,
    };
  }
  return leaves as Record<LeafName, TestLeaf>;
}
