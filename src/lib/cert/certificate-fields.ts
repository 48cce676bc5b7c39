// The plain fields of a certificate that both readers (fast and schema) give the adapter.
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
}

/** The facts of a certificate without any of the extensions the checks read. */
export const noExtensionFacts = (): ExtensionFacts => ({
  isCa: null,
  subjectKeyId: null,
  authorityKeyId: null,
  dnsNames: null,
  extendedKeyUsage: null,
  crlDistributionPoints: [],
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
  readonly extensions: ExtensionFacts;
}
