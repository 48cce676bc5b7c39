// The checker core's public data types. Everything a front end (page, CLI) receives from the
// core is one of these: plain data with codes and parameters, never sentences.
import type englishMessages from '../../../locales/en/messages.json';
import type englishBundleStrings from '../../../locales/en/bundle.json';

/** Outcome of one check, of one server, or of the whole run; worst wins. */
export type Status = 'pass' | 'warn' | 'fail';

/** A check's outcome: a status, or 'not-applicable' where a request cannot say (never a pass). */
export type CheckStatus = Status | 'not-applicable';

/** The same-CA decision, strongest evidence first (see docs/checker-contract.md). */
export type SameCa =
  'verified' | 'unverifiable' | 'key-id' | 'name-only' | 'renewed-key' | 'different';

/** Stable ids of the per-server checks; runbooks and checklist items refer to them. */
export const checkIds = [
  'same-ca',
  'hostname',
  'validity',
  'server-auth-eku',
  'key-strength',
  'signature-algorithm',
  'crl-distribution-point',
  'end-entity',
  'extensions',
] as const;

/** The check only a certificate request gets: its own signature, and that it is only a request. */
export const requestCheckId = 'request';

/** One of the per-server check ids. */
export type CheckId = (typeof checkIds)[number] | typeof requestCheckId;

/**
 * Parameters of a message: rendered by the front end into the chosen language. A list of
 * messages (the usages an EKU names) is rendered item by item, so that each item is a code too.
 */
export type MessageParams = Readonly<Record<string, string | number | readonly Message[]>>;

/**
 * Every message code the core can emit: a key of the English `messages` namespace, so that a code
 * without English text does not compile (the locale parity test holds German and Italian to it).
 */
export type MessageKey =
  | WithoutPluralSuffix<keyof typeof englishMessages>
  // Messages only bundles need live in their own namespace, loaded when a bundle is seen.
  | `bundle:${WithoutPluralSuffix<keyof typeof englishBundleStrings>}`;

/** CLDR plural categories, as i18next suffixes them to a key (`days_one`, `days_other`). */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A stored key as code names it: plural forms are one message, picked by its `count`. */
export type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${PluralCategory}`
  ? Base
  : K;

/**
 * A message for the user, as a key in the `messages` namespace of `locales/` plus parameters.
 * Keys look like `check.hostname.wildcard` or `input.error.private-key`.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** Why an input (one field, one file) could not be used. */
export type InputErrorCode =
  | 'empty' // nothing but whitespace
  | 'too-large' // above the size cap; params.count: the cap in bytes
  | 'too-many-signatures' // checking it would pass the run's cap on signature checks; params.limit
  | 'rsa-exponent-too-large' // an RSA key whose public exponent exceeds 32 bits; subject, bits
  | 'conflicting-references' // two reference CA certificates: one name and key id, two keys
  | 'private-key' // PEM or DER private key, any kind, encrypted or not
  | 'pkcs12' // PFX/P12, refused wholesale even without a key inside
  | 'bad-base64' // armor or bare base64 that does not decode
  | 'malformed' // decodes, but is truncated or not valid certificate DER
  | 'malformed-extension' // a valid certificate frame with one extension that is not valid DER
  | 'not-a-certificate' // a well-formed object of another kind: public key, CRL
  | 'request-as-reference' // a PKCS#10 request where a reference certificate belongs
  | 'no-certificate' // nothing that looks like a certificate at all (incl. empty PKCS#7)
  | 'bad-encoding' // text in an encoding that cannot be read
  | 'too-many-labels' // a bundle with more labels than the cap; params.limit
  | 'not-a-bundle'; // binary bytes where a bundle's text belongs

/** A typed, user-caused input error. */
export interface InputError {
  readonly code: InputErrorCode;
  readonly message: Message;
}

/** A distinguished name as data: RDNs in DER order, each a list of attributes. */
export interface NameAttribute {
  readonly oid: string;
  /** Short name such as CN, O, OU, DC when known, else the OID. */
  readonly type: string;
  readonly value: string;
}

/** A distinguished name: readable text plus its attributes for comparison and display. */
export interface DistinguishedName {
  /** Readable RFC 4514-like form, most significant last (CN=…, O=…, C=…). */
  readonly text: string;
  readonly rdns: readonly (readonly NameAttribute[])[];
}

/** Public key facts needed by the checks and the details view. */
export interface PublicKeyInfo {
  /** 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'rsa-pss' | 'other' */
  readonly kind: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'rsa-pss' | 'other';
  readonly oid: string;
  /** RSA/DSA modulus size in bits, EC field size; null when unknown. */
  readonly bits: number | null;
  /** Named curve for EC keys (P-256, P-384, P-521, or the OID); null otherwise. */
  readonly curve: string | null;
}

/** Signature algorithm facts. */
export interface SignatureAlgorithmInfo {
  readonly oid: string;
  /** Readable name, e.g. sha256WithRSAEncryption, ecdsa-with-SHA384, RSASSA-PSS. */
  readonly name: string;
}

/** One extension of a certificate as encoded: its OID and whether it is marked critical. */
export interface ExtensionEntry {
  readonly oid: string;
  readonly critical: boolean;
}

/** What a signature covers and is, sliced from the signed object's DER once, when it is parsed. */
export interface SignedParts {
  /** The exact bytes the signature covers (tbsCertificate, certificationRequestInfo). */
  readonly tbs: Uint8Array;
  /** The signatureAlgorithm AlgorithmIdentifier, as encoded. */
  readonly signatureAlgorithm: Uint8Array;
  /** Whether tbsCertificate.signature is encoded exactly as the outer one (RFC 5280 4.1.1.2). */
  readonly algorithmsAgree: boolean;
  /** Signature BIT STRING content without its unused-bits byte. */
  readonly signature: Uint8Array;
}

/** One parsed certificate, as plain data (no library objects). */
export interface CertificateInfo {
  readonly der: Uint8Array;
  /** Its signature and what it covers, for checking it with a candidate issuer's key. */
  readonly signed: SignedParts;
  readonly subject: DistinguishedName;
  readonly issuer: DistinguishedName;
  /** Lowercase hex without separators, as encoded (two's complement for negatives). */
  readonly serialNumber: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Lowercase hex SHA-256 of the DER. */
  readonly sha256: string;
  /** basicConstraints cA=TRUE, or a v1 self-signed root. */
  readonly isCa: boolean;
  readonly selfIssued: boolean;
  readonly subjectKeyId: string | null;
  readonly authorityKeyId: string | null;
  /** dNSName SANs exactly as encoded; null when there is no SAN extension. */
  readonly dnsNames: readonly string[] | null;
  /** EKU OIDs; null when there is no EKU extension. */
  readonly extendedKeyUsage: readonly string[] | null;
  readonly publicKey: PublicKeyInfo;
  /** The DER SubjectPublicKeyInfo, for verifying what this certificate's key signed. */
  readonly subjectPublicKeyInfo: Uint8Array;
  readonly signatureAlgorithm: SignatureAlgorithmInfo;
  /**
   * The algorithm named inside tbsCertificate when its encoding differs from the outer
   * signatureAlgorithm (RFC 5280 4.1.1.2 requires them equal); null when they agree.
   */
  readonly signatureAlgorithmMismatch: SignatureAlgorithmInfo | null;
  /** CRL distribution point URIs or directory names as text; empty when none. */
  readonly crlDistributionPoints: readonly string[];
  /** Every extension in encoding order (duplicates kept), with its critical flag. */
  readonly extensions: readonly ExtensionEntry[];
}

/** One parsed PKCS#10 certificate request: what it asks the CA for, as plain data. */
export interface RequestInfo {
  readonly der: Uint8Array;
  /** Its own signature and what it covers, checked with the key it carries. */
  readonly signed: SignedParts;
  readonly subject: DistinguishedName;
  /** Requested dNSName SANs exactly as encoded; null when no SAN is requested. */
  readonly dnsNames: readonly string[] | null;
  /** Requested EKU OIDs; null when no EKU is requested. */
  readonly extendedKeyUsage: readonly string[] | null;
  /** Requested basicConstraints cA=TRUE. */
  readonly isCa: boolean;
  readonly publicKey: PublicKeyInfo;
  readonly signatureAlgorithm: SignatureAlgorithmInfo;
  /** The DER SubjectPublicKeyInfo: the key that must verify the request's own signature. */
  readonly subjectPublicKeyInfo: Uint8Array;
  /** Microsoft's certificate template (name, else OID with versions); null when not named. */
  readonly template: string | null;
  /** Lowercase hex SHA-256 of the DER. */
  readonly sha256: string;
}

/** What parsing one input gives: certificates, a certificate request, or one typed error. */
export type ParseResult =
  | {
      readonly ok: true;
      readonly certificates: readonly CertificateInfo[];
      readonly request?: undefined;
    }
  | { readonly ok: true; readonly certificates: readonly []; readonly request: RequestInfo }
  | { readonly ok: false; readonly error: InputError };

/** How an input was written: PEM armor, binary DER, bare Base-64, or a PKCS #7 bundle in either. */
export type InputFormat = 'pem' | 'der' | 'base64' | 'pkcs7';

/** What parsing one whole input gives: a ParseResult that, when usable, names its format. */
export type ParsedInput =
  | (Extract<ParseResult, { readonly ok: true }> & { readonly format: InputFormat })
  | Extract<ParseResult, { readonly ok: false }>;

/** One server to check, as the front end collected it. */
export interface ServerRequest {
  /** The FQDN exactly as the user typed it. */
  readonly fqdn: string;
  readonly input: Uint8Array;
  /**
   * The words of the bundle label this certificate came under (`FrontEnd Default`): labelled
   * inputs with one FQDN are several certificates of one server (added field).
   */
  readonly label?: string;
}

/** Everything a check run needs. Texts are passed as their UTF-8 (or UTF-16 with BOM) bytes. */
export interface CheckRequest {
  readonly references: readonly Uint8Array[];
  readonly servers: readonly ServerRequest[];
  readonly at: Date;
}

/** One per-server check result. */
export interface CheckResult {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly message: Message;
}

/** A reference CA as reported. */
export interface CaSummary {
  readonly subject: string;
  /** Lowercase hex, or null when the CA's key identifier is unknown. */
  readonly keyId: string | null;
}

/** The certificate facts a report shows for a server. */
export interface CertificateSummary {
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly sha256: string;
}

/** What a labelled certificate adds to a server result (docs/checker-contract.md, "Bundles"). */
export interface LabelledResult {
  /** The words of the certificate's bundle label (`FrontEnd Default`); absent without a label. */
  readonly label?: string;
  /**
   * A server with several labelled certificates: each one's result, in the order given. The
   * server's own fields are those of its worst certificate (the first of them), so its verdict is
   * the worst of them all.
   */
  readonly certificates?: readonly ServerResult[];
}

/** The result for one server whose input held a certificate. */
export interface CertificateResult extends LabelledResult {
  /** Absent or 'certificate' (added field). */
  readonly inputKind?: 'certificate';
  readonly fqdn: string;
  readonly verdict: Status;
  readonly sameCa: SameCa;
  readonly certificate: CertificateSummary;
  /** The full parsed end-entity certificate, for the details view. */
  readonly details: CertificateInfo;
  /** Every check, in the order of `checkIds`. */
  readonly checks: readonly CheckResult[];
}

/** The facts a report shows for a certificate request. */
export interface RequestSummary {
  readonly subject: string;
  readonly dnsNames: readonly string[];
  readonly sha256: string;
}

/** The result for one server whose input held a certificate request: never a pass. */
export interface RequestResult extends LabelledResult {
  readonly inputKind: 'request';
  readonly fqdn: string;
  /** 'warn' at best: the issued certificate still has to be checked. */
  readonly verdict: Status;
  readonly sameCa: 'not-applicable';
  readonly request: RequestSummary;
  readonly details: RequestInfo;
  /** The checks of `checkIds` (same CA, validity, CRL not applicable), then `request`. */
  readonly checks: readonly CheckResult[];
}

/** The result for one server whose input could be used, with that input's place in the run. */
export type ServerResult = (CertificateResult | RequestResult) & {
  /** The server's index in the request's `servers` (unusable ones counted), so its input is known. */
  readonly index: number;
};

/** An input that could not be used, and which one it was. */
export interface InputFailure {
  /** 'reference' with its index, or 'server' with its index and FQDN. */
  readonly input:
    | { readonly kind: 'reference'; readonly index: number }
    | {
        readonly kind: 'server';
        readonly index: number;
        readonly fqdn: string;
        /** The bundle label's words, when the input came under one. */
        readonly label?: string;
      };
  readonly error: InputError;
}

/** The whole run: a verdict when usable, plus every input that was not. */
export interface CheckReport {
  /** Worst server verdict; 'fail' when there is no usable reference. */
  readonly verdict: Status;
  readonly checkedAt: Date;
  readonly referenceCas: readonly CaSummary[];
  /** Usable servers, in the order given. */
  readonly servers: readonly ServerResult[];
  /** Unusable inputs, references first, each in the order given. */
  readonly failures: readonly InputFailure[];
  /**
   * True when no reference input was usable (none given, or all failed): then `servers` and
   * `referenceCas` are empty and the verdict is 'fail'. Always set by the core (added field).
   */
  readonly missingReference?: boolean;
}
