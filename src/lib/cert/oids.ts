// The object identifiers the checker core knows, named once (the model: PeculiarVentures/x509
// names its extensions by `id_ce_*` constants). Both certificate readers, the algorithm tables and
// the checks refer to these names; no other module spells an OID.

/** Certificate extensions (RFC 5280 section 4.2, and the obsolete forms CryptoAPI still reads). */
export const extensionOid = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  issuerAltName: '2.5.29.18',
  basicConstraints: '2.5.29.19',
  nameConstraints: '2.5.29.30',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  policyMappings: '2.5.29.33',
  authorityKeyIdentifier: '2.5.29.35',
  policyConstraints: '2.5.29.36',
  extKeyUsage: '2.5.29.37',
  inhibitAnyPolicy: '2.5.29.54',
  /** szOID_SUBJECT_ALT_NAME in wincrypt.h: the X.509 draft form of subjectAltName. */
  subjectAltNameObsolete: '2.5.29.7',
  /** szOID_BASIC_CONSTRAINTS in wincrypt.h: the X.509 draft form of basicConstraints. */
  basicConstraintsObsolete: '2.5.29.10',
} as const;

/** Extended key usage purposes (RFC 5280 section 4.2.1.12). */
export const ekuOid = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  anyExtendedKeyUsage: '2.5.29.37.0',
} as const;

/** Name attribute types (RFC 4519, RFC 4524, PKCS #9). */
export const attributeOid = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  stateOrProvince: '2.5.4.8',
  street: '2.5.4.9',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  title: '2.5.4.12',
  givenName: '2.5.4.42',
  domainComponent: '0.9.2342.19200300.100.1.25',
  userId: '0.9.2342.19200300.100.1.1',
  emailAddress: '1.2.840.113549.1.9.1',
} as const;

/** Signature algorithms (RFC 4055, RFC 5758, RFC 8410, NIST CSOR). */
export const signatureOid = {
  md2WithRsa: '1.2.840.113549.1.1.2',
  md5WithRsa: '1.2.840.113549.1.1.4',
  sha1WithRsa: '1.2.840.113549.1.1.5',
  sha1WithRsaOiw: '1.3.14.3.2.29',
  sha224WithRsa: '1.2.840.113549.1.1.14',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecdsaWithSha1: '1.2.840.10045.4.1',
  ecdsaWithSha224: '1.2.840.10045.4.3.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  dsaWithSha1: '1.2.840.10040.4.3',
  dsaWithSha256: '2.16.840.1.101.3.4.3.2',
  ecdsaWithSha3_256: '2.16.840.1.101.3.4.3.10',
  rsaWithSha3_256: '2.16.840.1.101.3.4.3.14',
} as const;

/** Public key algorithms of a SubjectPublicKeyInfo. */
export const keyOid = {
  rsa: '1.2.840.113549.1.1.1',
  rsaPss: signatureOid.rsassaPss,
  ec: '1.2.840.10045.2.1',
  ed25519: signatureOid.ed25519,
  ed448: signatureOid.ed448,
  dsa: '1.2.840.10040.4.1',
} as const;

/** Hash algorithms (inside RSASSA-PSS parameters). */
export const hashOid = {
  sha1: '1.3.14.3.2.26',
  sha224: '2.16.840.1.101.3.4.2.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
} as const;

/** Named elliptic curves (RFC 5480). */
export const curveOid = {
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  p521: '1.3.132.0.35',
} as const;

/** PKCS #7 / CMS content types (RFC 5652). */
export const contentTypeOid = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
} as const;
