// The plain fields of a certificate that both readers (fast and schema) give the adapter.
import type { ExtensionEntry } from './types.ts';

/** One attribute as the adapter needs it. */
export interface RawAttribute {
  readonly oid: string;
  readonly value: string;
}

/** Decoded extensions that the checks need. */
export interface ExtensionFacts {
  isCa: boolean | null;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  dnsNames: string[] | null;
  extendedKeyUsage: string[] | null;
  crlDistributionPoints: string[];
  /** Every extension in encoding order, read or not, with its critical flag. */
  entries: ExtensionEntry[];
}

/** The facts of a certificate without any of the extensions the checks read. */
export const noExtensionFacts = (): ExtensionFacts => ({
  isCa: null,
  subjectKeyId: null,
  authorityKeyId: null,
  dnsNames: null,
  extendedKeyUsage: null,
  crlDistributionPoints: [],
  entries: [],
});

/** The fields of a certificate that the adapter turns into CertificateInfo. */
export interface CertificateFields {
  readonly version: number;
  readonly serialNumber: string;
  readonly issuer: RawAttribute[][];
  readonly subject: RawAttribute[][];
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly signatureOid: string;
  /** The algorithm OID inside tbsCertificate. */
  readonly tbsSignatureOid: string;
  readonly extensions: ExtensionFacts;
}
