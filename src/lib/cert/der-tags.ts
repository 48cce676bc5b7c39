// The DER identifier bytes the readers look for, named once: universal types, the context tags
// of the structures the checker reads, and the implicit tags of the GeneralName choices it uses.

/** Identifier bytes of the universal types and explicit context tags the readers meet. */
export const derTag = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
  /** [0] constructed: version, CMS content, PSS hashAlgorithm, PKCS #7 certificates. */
  context0: 0xa0,
  context1: 0xa1,
  /** [2] constructed: the RSASSA-PSS saltLength field. */
  context2: 0xa2,
  /** [3] constructed: the certificate's extensions. */
  context3: 0xa3,
} as const;

/** Implicit primitive tags inside extensions (RFC 5280 GeneralName, AuthorityKeyIdentifier). */
export const implicitTag = {
  /** AuthorityKeyIdentifier keyIdentifier [0]. */
  keyIdentifier: 0x80,
  /** AuthorityKeyIdentifier authorityCertSerialNumber [2]. */
  authorityCertSerialNumber: 0x82,
  /** GeneralName dNSName [2]. */
  dnsName: 0x82,
  /** GeneralName uniformResourceIdentifier [6]. */
  uri: 0x86,
} as const;

/** Low five bits of an identifier byte that announce a high tag number (never accepted). */
export const highTagNumber = 0x1f;

/** The constructed bit of an identifier byte. */
export const constructedBit = 0x20;
