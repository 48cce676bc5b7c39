// A hand-made CheckReport for renderer tests: renderers only read plain data, so no
// certificate is needed here (the CLI tests run real certificates through the core).
import type {
  CertificateInfo,
  CheckId,
  CheckReport,
  CheckResult,
  CheckStatus,
  Message,
  ServerResult,
  Status,
} from '../../../src/lib/cert/types.ts';
import { checkIds } from '../../../src/lib/cert/types.ts';
import type { PrefixedKey, TranslateParams, TranslationKey } from '../../../src/i18n/translate.ts';
import type { Translate } from '../../../src/lib/report/translate.ts';

const name = (text: string) => ({ text, rdns: [] });

const details: CertificateInfo = {
  der: new Uint8Array([0x30, 0x00]),
  signed: {
    tbs: new Uint8Array(),
    signatureAlgorithm: new Uint8Array(),
    algorithmsAgree: true,
    signature: new Uint8Array(),
  },
  subject: name('CN=pchat01.contoso.com'),
  issuer: name('CN=Contoso Issuing CA, DC=contoso, DC=com'),
  serialNumber: '0a1b',
  notBefore: new Date('2025-03-01T08:00:00Z'),
  notAfter: new Date('2026-03-01T08:00:00Z'),
  sha256: 'ab'.repeat(32),
  isCa: false,
  selfIssued: false,
  subjectKeyId: '01',
  authorityKeyId: '02',
  dnsNames: ['pchat01.contoso.com'],
  extendedKeyUsage: ['1.3.6.1.5.5.7.3.1'],
  publicKey: { kind: 'rsa', oid: '1.2.840.113549.1.1.1', bits: 2048, curve: null },
  subjectPublicKeyInfo: new Uint8Array([0x30, 0x00]),
  signatureAlgorithm: { oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption' },
  signatureAlgorithmMismatch: null,
  crlDistributionPoints: ['http://pki.contoso.com/ca.crl'],
  extensions: [],
};

/** One real message per check, with the parameters the core gives it. */
const sampleMessages: Readonly<Record<CheckId, Message>> = {
  'same-ca': { key: 'check.same-ca.verified', params: { ca: 'Contoso Issuing CA' } },
  hostname: { key: 'check.hostname.match', params: { fqdn: 'pchat01.contoso.com' } },
  validity: {
    key: 'check.validity.valid',
    params: { notAfter: '2026-03-01T08:00:00.000Z', count: 354 },
  },
  'server-auth-eku': { key: 'check.server-auth-eku.present', params: {} },
  'key-strength': { key: 'check.key-strength.rsa-strong', params: { bits: 2048 } },
  'signature-algorithm': {
    key: 'check.signature-algorithm.sha2',
    params: { algorithm: 'sha256WithRSAEncryption' },
  },
  'crl-distribution-point': {
    key: 'check.crl-distribution-point.present',
    params: { points: 'http://pki.contoso.com/ca.crl' },
  },
  'end-entity': { key: 'check.end-entity.not-ca', params: {} },
  extensions: { key: 'check.extensions.valid', params: {} },
  request: { key: 'check.request.valid', params: { algorithm: 'sha256WithRSAEncryption' } },
};

/** Every check, all `status` except the ones overridden. */
export function checks(
  status: Status,
  overrides: Partial<Record<string, CheckStatus>> = {},
): CheckResult[] {
  return checkIds.map((id) => ({
    id,
    status: overrides[id] ?? status,
    message: sampleMessages[id],
  }));
}

/** One server result with the given FQDN and verdict, the `index`-th server of its request. */
export function server(
  fqdn: string,
  verdict: Status,
  sha256 = 'AB'.repeat(32),
  index = 0,
): ServerResult {
  return {
    index,
    fqdn,
    verdict,
    sameCa: verdict === 'fail' ? 'different' : 'verified',
    certificate: {
      subject: `CN=${fqdn}`,
      issuer: 'CN=Contoso Issuing CA, DC=contoso, DC=com',
      serialNumber: '0A1B2C',
      notBefore: new Date('2025-03-01T08:00:00Z'),
      notAfter: new Date('2026-03-01T08:00:00Z'),
      sha256,
    },
    details,
    checks: checks('pass', verdict === 'pass' ? {} : { 'same-ca': verdict }),
  };
}

/** A report with two servers (one failing), two reference CAs and one unusable input. */
export const sampleReport: CheckReport = {
  verdict: 'fail',
  checkedAt: new Date('2025-03-12T10:30:00Z'),
  referenceCas: [
    { subject: 'CN=Contoso Issuing CA, DC=contoso, DC=com', keyId: 'ABCDEF0123' },
    { subject: 'CN=Contoso Issuing CA (renewed), DC=contoso, DC=com', keyId: null },
  ],
  servers: [
    server('PChat01.Contoso.com.', 'pass'),
    server('fe|01.contoso.com', 'fail', undefined, 1),
  ],
  failures: [
    {
      input: { kind: 'server', index: 2, fqdn: 'fe02.contoso.com' },
      error: { code: 'private-key', message: { key: 'input.error.private-key', params: {} } },
    },
  ],
};

/** A fake translator that shows key, language and parameters, to test wiring not wording. */
export function fakeTranslate(lang: string): Translate {
  const translate = (key: TranslationKey, params?: TranslateParams): string =>
    `${lang}:${key}${params === undefined ? '' : JSON.stringify(params)}`;
  return Object.assign(translate, { exists: (key: string): key is PrefixedKey => key !== '' });
}
