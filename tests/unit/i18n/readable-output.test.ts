// Every message code the core can produce, rendered the way people read it, through every
// renderer (terminal text, Markdown, JSON, the copied report and the page), and every other string
// of the page, the site and the CLI, in every language: no raw key, no object, no missing value,
// no placeholder, and no English in German or Italian (tests/support/readable-text.ts).
import { describe, expect, it } from 'vitest';
import { helpText } from '../../../src/cli/help-text.ts';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { formatDate } from '../../../src/i18n/format-date.ts';
import { languages, type Language } from '../../../src/i18n/languages.ts';
import { englishResources, resources, type Namespace } from '../../../src/i18n/resources.ts';
import { siteTranslator } from '../../../src/i18n/site-translator.ts';
import type { PrefixedKey, Translate } from '../../../src/i18n/translate.ts';
import type {
  CertificateInfo,
  CheckReport,
  InputErrorCode,
  Message,
  MessageKey,
  MessageParams,
} from '../../../src/lib/cert/types.ts';
import { inputErrorKeys } from '../../../src/lib/cert/input-error-keys.ts';
import {
  renderMarkdown,
  renderMessage,
  renderText,
  toJson,
} from '../../../src/lib/report/index.ts';
import { createTranslate } from '../../../src/scripts/checker/page/translate.ts';
import { unreadableParts } from '../../support/readable-text.ts';
import { request as sampleRequest } from '../report/sourced-report.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const calledKeys = (strings: Readonly<Record<string, string>>): string[] => [
  ...new Set(Object.keys(strings).map((key) => key.replace(pluralSuffix, ''))),
];

/**
 * Every code the core can emit: MessageKey is the English messages' keys and the bundle strings'
 * keys behind `bundle:`, plural forms as one.
 */
const codes = [
  ...calledKeys(englishResources.messages),
  ...calledKeys(englishResources.bundle).map((key) => `bundle:${key}`),
] as MessageKey[];

/** A code's or key's English text with every placeholder (a plural key's `_other` form). */
const englishText = (ns: Namespace, key: string): string => {
  const strings: Readonly<Record<string, string>> = englishResources[ns];
  return strings[key] ?? strings[`${key}_other`] ?? '';
};
/** A message code's English text: `bundle:` codes live in the bundle namespace. */
const messageText = (key: MessageKey): string =>
  key.startsWith('bundle:')
    ? englishText('bundle', key.slice('bundle:'.length))
    : englishText('messages', key);
const placeholderNames = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '');

const usages: readonly Message[] = [
  ...codes.filter((code) => code.startsWith('eku.') && code !== 'eku.other'),
  'eku.other' as const,
].map((key) => ({ key, params: key === 'eku.other' ? { oid: '1.3.6.1.4.1.311.10.3.4' } : {} }));

/** A representative value for every placeholder, as the core or the page passes it. */
function samples(lang: Language, t: Translate): Readonly<Record<string, MessageParams[string]>> {
  const instant = new Date('2026-06-01T12:00:00Z');
  return {
    address: 'tls:pool01.contoso.com:5061',
    alert: 'handshake_failure',
    algorithm: 'sha256WithRSAEncryption',
    at: formatDate(lang, instant, 'minute'),
    bits: 2048,
    ca: 'Contoso Issuing CA 1',
    caKeyId: '0a1b2c3d4e5f',
    certificates: t('bundle:found.certificates', { count: 7 }),
    cn: 'pchat12.contoso.com',
    code: 'ECONNRESET',
    command: 'verify',
    curve: 'P-256',
    date: formatDate(lang, '2026-12-06'),
    done: 2,
    fail: 1,
    format: t('checker:format.pkcs7.name'),
    found: t('bundle:found.text', {
      references: t('bundle:found.references', { count: 1 }),
      servers: t('bundle:found.servers', { count: 5 }),
      certificates: t('bundle:found.certificates', { count: 7 }),
    }),
    fqdn: 'pchat01.contoso.com',
    host: 'pool01.contoso.com',
    ignored: t('bundle:found.ignored', { count: 1 }),
    issuer: 'CN=Fabrikam Issuing CA, DC=fabrikam, DC=com',
    kind: 'ed25519',
    keyId: '0a1b2c3d4e5f',
    first: 'CN=Contoso Issuing CA 1, O=Contoso, C=DE',
    firstSerial: '1a2b',
    firstThumbprint: 'ab'.repeat(32),
    second: 'CN=Contoso Issuing CA 1, O=Contoso, C=DE',
    secondSerial: '3c4d',
    secondThumbprint: 'cd'.repeat(32),
    label: 'FrontEnd WebServicesInternal',
    labels: 'FrontEnd Default, FrontEnd WebServicesInternal',
    line: 12,
    limit: 1024,
    max: 500,
    message: t('messages:input.error.empty'),
    name: 'pchat01.cer',
    names: 'pchat01.contoso.com, other.contoso.com',
    notAfter: '2026-06-01T12:00:00.000Z',
    notBefore: '2026-05-01T00:00:00.000Z',
    number: 2,
    oid: '2.5.29.17',
    oids: '1.3.6.1.4.1.311.99.1',
    option: '--colour',
    pass: 3,
    pattern: '*.contoso.com',
    points: 'http://pki.contoso.com/crl/issuing.crl',
    references: t('bundle:found.references', { count: 1 }),
    product: 'Skype for Business Server 2015',
    seconds: 10,
    serverKeyId: '9f8e7d6c5b4a',
    servers: `pchat01.contoso.com: ${t('checker:verdict.pass.word')}`,
    source: 'pchat01.pem',
    subject: 'CN=pchat01.contoso.com, O=Contoso, C=DE',
    tbsAlgorithm: 'sha384WithRSAEncryption',
    template: 'WebServer',
    time: formatDate(lang, instant, 'minute'),
    total: 6,
    usages,
    value: 'xml',
    verdict: t('checker:verdict.fail.word'),
    version: 'TLSv1.3',
    warn: 2,
  };
}

/** The counts a counted string is rendered with: a zero form, the singular, plurals. */
const counts = [0, 1, 2, 21, 1_048_576];

/** Parameters for one key's text, once per count when it counts. */
function paramsFor(text: string, values: Readonly<Record<string, MessageParams[string]>>) {
  const names = placeholderNames(text);
  const fixed = Object.fromEntries(names.map((name) => [name, values[name] ?? name]));
  return names.includes('count') ? counts.map((count) => ({ ...fixed, count })) : [fixed];
}

/** Every message code with representative parameters, each counted one in every count. */
function allMessages(lang: Language, t: Translate): Message[] {
  const values = samples(lang, t);
  return codes.flatMap((key) =>
    paramsFor(messageText(key), values).map((params) => ({ key, params })),
  );
}

const details: CertificateInfo = {
  der: new Uint8Array([0x30, 0x00]),
  signed: {
    tbs: new Uint8Array(),
    signatureAlgorithm: new Uint8Array(),
    algorithmsAgree: true,
    signature: new Uint8Array(),
  },
  subject: { text: 'CN=pchat01.contoso.com, O=Contoso, C=DE', rdns: [] },
  issuer: { text: 'CN=Contoso Issuing CA 1, O=Contoso, C=DE', rdns: [] },
  serialNumber: '7e57',
  notBefore: new Date('2026-01-01T00:00:00Z'),
  notAfter: new Date('2026-06-01T12:00:00Z'),
  sha256: 'ab'.repeat(32),
  isCa: false,
  selfIssued: false,
  subjectKeyId: '01',
  authorityKeyId: '02',
  dnsNames: ['pchat01.contoso.com'],
  extendedKeyUsage: ['1.3.6.1.5.5.7.3.2'],
  publicKey: { kind: 'rsa', oid: '1.2.840.113549.1.1.1', bits: 2048, curve: null },
  subjectPublicKeyInfo: new Uint8Array([0x30, 0x00]),
  signatureAlgorithm: { oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption' },
  signatureAlgorithmMismatch: null,
  crlDistributionPoints: ['http://pki.contoso.com/crl/issuing.crl'],
  extensions: [],
};

/** A report holding every message: as checks of a certificate and of a request, and failures. */
function reportOf(messages: readonly Message[]): CheckReport {
  const checks = messages.map((message) => ({
    id: 'same-ca' as const,
    status: 'warn' as const,
    message,
  }));
  const errors = Object.entries(inputErrorKeys).map(([code, key], index) => ({
    input: { kind: 'server' as const, index: index + 2, fqdn: `pchat${index + 50}.contoso.com` },
    error: {
      code: code as InputErrorCode,
      message: messages.find((m) => m.key === key) ?? { key, params: {} },
    },
  }));
  return {
    verdict: 'fail',
    checkedAt: new Date('2026-06-01T00:00:00Z'),
    referenceCas: [
      { subject: 'CN=Contoso Issuing CA 1, O=Contoso, C=DE', keyId: '0a1b2c3d4e5f' },
      { subject: 'CN=Contoso Issuing CA 1 (renewed), O=Contoso, C=DE', keyId: null },
    ],
    servers: [
      {
        index: 0,
        fqdn: 'pchat01.contoso.com',
        verdict: 'warn',
        sameCa: 'key-id',
        certificate: {
          subject: details.subject.text,
          issuer: details.issuer.text,
          serialNumber: details.serialNumber,
          notBefore: details.notBefore,
          notAfter: details.notAfter,
          sha256: details.sha256,
        },
        details,
        checks,
      },
      {
        // A request without DNS names (the sourced report's), with every wording it can have.
        ...sampleRequest,
        index: 1,
        checks: [
          {
            id: 'hostname',
            status: 'fail',
            message: {
              key: 'check.hostname.request-cn-only',
              params: { fqdn: 'pchat02.contoso.com' },
            },
          },
          {
            id: 'same-ca',
            status: 'not-applicable',
            message: { key: 'check.same-ca.not-applicable', params: {} },
          },
        ],
      },
    ],
    failures: errors,
    missingReference: false,
  };
}

/** Every key of some namespaces, rendered with representative values and every count. */
function allStrings(lang: Language, t: Translate, namespaces: readonly Namespace[]): string {
  const values = samples(lang, t);
  return namespaces
    .flatMap((ns) =>
      calledKeys(englishResources[ns]).flatMap((key) =>
        paramsFor(englishText(ns, key), values).map((params) =>
          t(`${ns}:${key}` as PrefixedKey, params as Readonly<Record<string, string | number>>),
        ),
      ),
    )
    .join('\n');
}

/** What each surface shows people, in one language. */
const surfaces: Readonly<Record<string, (lang: Language) => string>> = {
  'the terminal report': (lang) => {
    const t = cliTranslator(lang);
    return renderText(reportOf(allMessages(lang, t)), { t, lang });
  },
  'the CLI Markdown report': (lang) => {
    const t = cliTranslator(lang);
    return renderMarkdown(reportOf(allMessages(lang, t)), { t, lang });
  },
  'the JSON report’s messages': (lang) => {
    const t = cliTranslator(lang);
    const json = toJson(reportOf(allMessages(lang, t)), t, { lang });
    return [
      ...json.servers.flatMap((server) => server.checks.map((check) => check.message)),
      ...json.failures.map((failure) => failure.message),
    ].join('\n');
  },
  'the page’s "Copy report"': (lang) => {
    const t = createTranslate(lang, resources[lang]);
    return renderMarkdown(reportOf(allMessages(lang, t)), { t, lang });
  },
  'the page’s messages': (lang) => {
    const t = createTranslate(lang, resources[lang]);
    return allMessages(lang, t)
      .map((message) => renderMessage(message, t, lang))
      .join('\n');
  },
  'the page’s own strings': (lang) =>
    allStrings(lang, createTranslate(lang, resources[lang]), [
      'form',
      'checker',
      'report',
      'bundle',
    ]),
  'the site’s strings': (lang) => allStrings(lang, siteTranslator(lang), ['site']),
  'the CLI’s help and errors': (lang) => {
    const t = cliTranslator(lang);
    return `${helpText(t, '1.0.0')}\n${allStrings(lang, t, ['cli'])}`;
  },
};

describe.each(languages.map((lang) => ({ lang })))('what people read in $lang', ({ lang }) => {
  it.each(Object.keys(surfaces).map((surface) => ({ surface })))(
    '$surface reads right',
    ({ surface }) => {
      const text = surfaces[surface]?.(lang) ?? '';
      expect(text.length).toBeGreaterThan(200);
      expect(unreadableParts(text, lang)).toEqual([]);
    },
  );
});

describe('the representative values', () => {
  it('cover every placeholder of every string', () => {
    const values = samples('en', cliTranslator('en'));
    const missing = (Object.keys(englishResources) as Namespace[]).flatMap((ns) =>
      Object.values(englishResources[ns] as Readonly<Record<string, string>>)
        .flatMap(placeholderNames)
        .filter((name) => name !== 'count' && !(name in values)),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('reach the renderers: every usage name of the EKU list is rendered in German', () => {
    const t = cliTranslator('de');
    const said = renderMessage(
      { key: 'check.server-auth-eku.missing', params: { usages } },
      t,
      'de',
    );
    expect(said).toBe(
      'Die erweiterte Schlüsselverwendung (Serverauthentifizierung, Clientauthentifizierung, Codesignatur, Sichere E-Mail, Zeitstempel, OCSP-Signatur, Beliebiger Zweck, 1.3.6.1.4.1.311.10.3.4) enthält nicht „Serverauthentifizierung“. Fordern Sie ein Zertifikat mit einer Vorlage an, die „Serverauthentifizierung“ enthält, zum Beispiel der Vorlage „Webserver“.',
    );
  });
});

describe('the check that reads the text', () => {
  it.each([
    {
      name: 'a raw key',
      input: { text: 'a.cer files.item.text', lang: 'en' },
      want: ['raw key files.item.text'],
    },
    {
      name: 'an object',
      input: { text: 'Key identifier: [object Object]', lang: 'en' },
      want: ['garbage [object'],
    },
    {
      name: 'a missing value',
      input: { text: 'RSA, undefined bits', lang: 'en' },
      want: ['garbage undefined'],
    },
    { name: 'a failed number', input: { text: 'NaN Tage', lang: 'en' }, want: ['garbage NaN'] },
    {
      name: 'a placeholder',
      input: { text: 'Server {{number}}', lang: 'en' },
      want: ['garbage {{', 'garbage }}'],
    },
    {
      name: 'English in German',
      input: { text: 'Die erweiterte Schlüsselverwendung (Client Authentication)', lang: 'de' },
      want: ['English "Client Authentication"'],
    },
    {
      name: 'English in Italian',
      input: { text: 'Scade tra 0 days', lang: 'it' },
      want: ['English "days"'],
    },
    {
      name: 'a torn unit',
      input: { text: 'mindestens 2048 Bit', lang: 'de' },
      want: ['torn apart "8 Bit"'],
    },
    {
      name: 'a host name',
      input: { text: 'pchat01.contoso.com: Bestanden', lang: 'de' },
      want: [],
    },
    {
      name: 'German words holding English ones',
      input: { text: 'Stand und Band', lang: 'de' },
      want: [],
    },
  ] as const)('finds $name', ({ input, want }) => {
    expect(unreadableParts(input.text, input.lang)).toEqual(want);
  });
});
