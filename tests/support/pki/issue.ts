// Issues one certificate with @peculiar/x509 from a compact description.
import 'reflect-metadata';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  CRLDistributionPointsExtension,
  ExtendedKeyUsageExtension,
  Extension,
  KeyUsageFlags,
  KeyUsagesExtension,
  Name,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  type JsonNameParams,
} from '@peculiar/x509';
import { signingKey, type SigningScheme } from './keys.ts';

/** A generated certificate as PEM text and DER bytes. */
export interface TestCert {
  readonly pem: string;
  readonly der: Uint8Array<ArrayBuffer>;
  /** Key identifier (SKI) as lowercase hex, when the certificate has one. */
  readonly keyId: string | null;
}

/** Everything needed to issue one certificate. */
export interface IssueSpec {
  readonly serial: string;
  readonly subject: JsonNameParams;
  /** Issuer name; defaults to the issuer certificate's subject (or the subject when self-signed). */
  readonly issuerName?: JsonNameParams;
  readonly publicKey: CryptoKey;
  readonly issuerKeys: CryptoKeyPair;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly ca?: boolean;
  readonly dnsNames?: readonly string[];
  /** EKU OIDs; undefined means no EKU extension. */
  readonly eku?: readonly string[];
  readonly crlUrl?: string | null;
  /** Subject key id to write (hex); default derived from the key; null for none. */
  readonly keyId?: string | null;
  /** Authority key id to write (hex); null for none. */
  readonly authorityKeyId?: string | null;
  readonly scheme?: SigningScheme;
  /** Extensions added as given, after the usual ones (unknown, repeated or malformed ones). */
  readonly extraExtensions?: readonly RawExtension[];
}

/** An extension written exactly as given: its OID, critical flag and DER value. */
export interface RawExtension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array<ArrayBuffer>;
}

const hexOfKey = async (key: CryptoKey): Promise<string> => {
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', key));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', spki));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/** The key identifier the PKI uses for a public key: SHA-1 of its SPKI. */
export const keyIdOf = hexOfKey;

/** Issues a certificate. */
export async function issue(spec: IssueSpec): Promise<TestCert> {
  const keyId = spec.keyId === undefined ? await hexOfKey(spec.publicKey) : spec.keyId;
  const extensions: Extension[] = [];
  if (spec.ca) {
    extensions.push(new BasicConstraintsExtension(true, undefined, true));
    extensions.push(
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
    );
  } else {
    extensions.push(
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment, true),
    );
  }
  if (keyId) extensions.push(new SubjectKeyIdentifierExtension(keyId));
  if (spec.authorityKeyId)
    extensions.push(new AuthorityKeyIdentifierExtension(spec.authorityKeyId));
  if (spec.dnsNames) {
    extensions.push(
      new SubjectAlternativeNameExtension(
        spec.dnsNames.map((value) => ({ type: 'dns' as const, value })),
      ),
    );
  }
  if (spec.eku) extensions.push(new ExtendedKeyUsageExtension([...spec.eku]));
  if (spec.crlUrl) extensions.push(new CRLDistributionPointsExtension([spec.crlUrl]));
  for (const raw of spec.extraExtensions ?? [])
    extensions.push(new Extension(raw.oid, raw.critical, raw.value));
  const signer = await signingKey(spec.issuerKeys, spec.scheme ?? 'sha256');
  const certificate = await X509CertificateGenerator.create({
    serialNumber: spec.serial,
    subject: new Name(spec.subject),
    issuer: new Name(spec.issuerName ?? spec.subject),
    notBefore: spec.notBefore,
    notAfter: spec.notAfter,
    publicKey: spec.publicKey,
    signingKey: signer.key,
    signingAlgorithm: signer.algorithm,
    extensions,
  });
  return { pem: certificate.toString('pem'), der: new Uint8Array(certificate.rawData), keyId };
}

/** PEM text of a certificate's DER. */
export function certificatePem(der: Uint8Array): string {
  const base64 = btoa(String.fromCharCode(...der));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
