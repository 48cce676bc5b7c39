// The extensions the checker treats as known when marked critical: those RFC 5280 section 4.2
// says every application must (or should) recognize, and the draft forms Windows CryptoAPI still
// reads. Windows sets CERT_TRUST_HAS_NOT_SUPPORTED_CRITICAL_EXT for any other critical extension.
// The contract lists each with its source (docs/checker-contract.md, "Per-server checks").
import { extensionOid } from '../oids.ts';

/** OIDs of the extensions that may be critical without making the certificate unusable. */
export const knownCriticalExtensions: ReadonlySet<string> = new Set([
  extensionOid.keyUsage, // RFC 5280 4.2.1.3 (MUST recognize)
  extensionOid.certificatePolicies, // RFC 5280 4.2.1.4 (MUST recognize)
  extensionOid.subjectAltName, // RFC 5280 4.2.1.6 (MUST recognize)
  extensionOid.basicConstraints, // RFC 5280 4.2.1.9 (MUST recognize)
  extensionOid.nameConstraints, // RFC 5280 4.2.1.10 (MUST recognize)
  extensionOid.policyConstraints, // RFC 5280 4.2.1.11 (MUST recognize)
  extensionOid.extKeyUsage, // RFC 5280 4.2.1.12 (MUST recognize)
  extensionOid.inhibitAnyPolicy, // RFC 5280 4.2.1.14 (MUST recognize)
  extensionOid.authorityKeyIdentifier, // RFC 5280 4.2.1.1 (SHOULD recognize)
  extensionOid.subjectKeyIdentifier, // RFC 5280 4.2.1.2 (SHOULD recognize)
  extensionOid.policyMappings, // RFC 5280 4.2.1.5 (SHOULD recognize)
  extensionOid.subjectAltNameObsolete, // wincrypt.h szOID_SUBJECT_ALT_NAME
  extensionOid.basicConstraintsObsolete, // wincrypt.h szOID_BASIC_CONSTRAINTS
]);
