// Each per-server check on its own, at the edges of its rule: the certificate facts a check reads
// are set row by row on one real parsed certificate, and the row says the status, code and values.
import { describe, expect, it } from 'vitest';
import { checkCrlDistributionPoint } from '../../../src/lib/cert/checks/crl-distribution-point.ts';
import { checkEndEntity } from '../../../src/lib/cert/checks/end-entity.ts';
import { checkExtensions } from '../../../src/lib/cert/checks/extensions.ts';
import { checkHostname, sanNamesHost } from '../../../src/lib/cert/checks/hostname.ts';
import { checkKeyStrength } from '../../../src/lib/cert/checks/key-strength.ts';
import { checkServerAuthEku } from '../../../src/lib/cert/checks/server-auth-eku.ts';
import { checkSignatureAlgorithm } from '../../../src/lib/cert/checks/signature-algorithm.ts';
import { checkValidity } from '../../../src/lib/cert/checks/validity.ts';
import { chooseCertificate } from '../../../src/lib/cert/check-server.ts';
import { signatureScheme } from '../../../src/lib/cert/algorithms.ts';
import {
  parseInput,
  type CertificateInfo,
  type CheckResult,
  type DistinguishedName,
  type PublicKeyInfo,
} from '../../../src/lib/cert/index.ts';
import { createTestPki } from '../../support/pki/index.ts';

const pki = await createTestPki();
const parsed = await parseInput(pki.leaves.pchat.der);
const base = parsed.ok ? parsed.certificates[0] : undefined;
if (base === undefined) throw new Error('the test PKI leaf did not parse');

/** The result a row expects: status, message code and the values the message shows. */
const want = (
  status: CheckResult['status'],
  key: string,
  params: Record<string, unknown>,
): Pick<CheckResult, 'status'> & { key: string; params: Record<string, unknown> } => ({
  status,
  key,
  params,
});
const seen = (r: CheckResult) => ({
  status: r.status,
  key: r.message.key,
  params: r.message.params,
});
const cert = (facts: Partial<CertificateInfo>): CertificateInfo => ({ ...base, ...facts });

describe('validity: whole seconds, notAfter inclusive, 30 days warn', () => {
  const notBefore = new Date('2026-01-01T00:00:00Z');
  const notAfter = new Date('2026-12-31T23:59:59Z');
  const days = (n: number) => n * 24 * 60 * 60 * 1000;
  const iso = { notBefore: notBefore.toISOString(), notAfter: notAfter.toISOString() };
  const rows = [
    {
      name: 'one second before notBefore',
      input: new Date('2025-12-31T23:59:59.999Z'),
      want: 'fail check.validity.not-yet-valid -',
    },
    {
      name: 'at notBefore',
      input: notBefore,
      want: 'pass check.validity.valid 364',
    },
    {
      name: 'at notAfter',
      input: notAfter,
      want: 'warn check.validity.expiring-soon 0',
    },
    {
      name: 'in the last millisecond of notAfter',
      input: new Date(notAfter.getTime() + 999),
      want: 'warn check.validity.expiring-soon 0',
    },
    {
      name: 'the second after notAfter',
      input: new Date(notAfter.getTime() + 1000),
      want: 'fail check.validity.expired -',
    },
    {
      name: 'exactly 30 days left',
      input: new Date(notAfter.getTime() - days(30)),
      want: 'warn check.validity.expiring-soon 30',
    },
    {
      name: '30 days and a second left',
      input: new Date(notAfter.getTime() - days(30) - 1000),
      want: 'pass check.validity.valid 30',
    },
    {
      name: '29 days and 23 hours left',
      input: new Date(notAfter.getTime() - days(30) + 3_600_000),
      want: 'warn check.validity.expiring-soon 29',
    },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    const r = checkValidity(cert({ notBefore, notAfter }), input);
    const { count, ...dates } = r.message.params;
    expect(`${r.status} ${r.message.key} ${String(count ?? '-')}`).toBe(expected);
    expect(dates).toEqual({ ...iso, at: input.toISOString() });
  });
});

describe('key strength', () => {
  const key = (kind: PublicKeyInfo['kind'], bits: number | null, curve: string | null) => ({
    publicKey: { kind, oid: '1.2.3', bits, curve },
  });
  const rows = [
    {
      name: 'RSA 2048',
      input: key('rsa', 2048, null),
      want: want('pass', 'check.key-strength.rsa-strong', { kind: 'rsa', bits: 2048, curve: '' }),
    },
    {
      name: 'RSA 2047',
      input: key('rsa', 2047, null),
      want: want('warn', 'check.key-strength.rsa-supported', {
        kind: 'rsa',
        bits: 2047,
        curve: '',
      }),
    },
    {
      name: 'RSA 1024',
      input: key('rsa', 1024, null),
      want: want('warn', 'check.key-strength.rsa-supported', {
        kind: 'rsa',
        bits: 1024,
        curve: '',
      }),
    },
    {
      name: 'RSA 1023',
      input: key('rsa', 1023, null),
      want: want('fail', 'check.key-strength.rsa-weak', { kind: 'rsa', bits: 1023, curve: '' }),
    },
    {
      name: 'RSA of unknown size',
      input: key('rsa', null, null),
      want: want('fail', 'check.key-strength.unsupported-type', {
        kind: 'rsa',
        bits: 0,
        curve: '',
      }),
    },
    {
      name: 'DSA 2048 is not RSA',
      input: key('dsa', 2048, null),
      want: want('fail', 'check.key-strength.unsupported-type', {
        kind: 'dsa',
        bits: 2048,
        curve: '',
      }),
    },
    {
      name: 'ECDSA P-521',
      input: key('ec', 521, 'P-521'),
      want: want('pass', 'check.key-strength.ecdsa', { kind: 'ec', bits: 521, curve: 'P-521' }),
    },
    {
      name: 'ECDSA secp256k1',
      input: key('ec', 256, '1.3.132.0.10'),
      want: want('fail', 'check.key-strength.unsupported-type', {
        kind: 'ec',
        bits: 256,
        curve: '1.3.132.0.10',
      }),
    },
    {
      name: 'EC key without a named curve',
      input: key('ec', null, null),
      want: want('fail', 'check.key-strength.unsupported-type', { kind: 'ec', bits: 0, curve: '' }),
    },
    {
      name: 'Ed25519 named P-256 by mistake is still not ECDSA',
      input: key('ed25519', 256, 'P-256'),
      want: want('fail', 'check.key-strength.unsupported-type', {
        kind: 'ed25519',
        bits: 256,
        curve: 'P-256',
      }),
    },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    const r = checkKeyStrength(input);
    expect([r.id, seen(r)]).toEqual(['key-strength', expected]);
  });
});

describe('signature algorithm', () => {
  const alg = (oid: string, name = oid) => ({ oid, name });
  const rows = [
    { name: 'sha224WithRSAEncryption', input: alg('1.2.840.113549.1.1.14'), want: 'pass sha2' },
    { name: 'sha512WithRSAEncryption', input: alg('1.2.840.113549.1.1.13'), want: 'pass sha2' },
    { name: 'ecdsa-with-SHA224', input: alg('1.2.840.10045.4.3.1'), want: 'pass sha2' },
    { name: 'ecdsa-with-SHA256', input: alg('1.2.840.10045.4.3.2'), want: 'pass sha2' },
    { name: 'ecdsa-with-SHA1', input: alg('1.2.840.10045.4.1'), want: 'warn sha1' },
    { name: 'sha1WithRSA (OIW)', input: alg('1.3.14.3.2.29'), want: 'warn sha1' },
    { name: 'dsa-with-SHA1', input: alg('1.2.840.10040.4.3'), want: 'fail unsupported' },
    { name: 'dsa-with-SHA256', input: alg('2.16.840.1.101.3.4.3.2'), want: 'fail unsupported' },
    { name: 'md5WithRSAEncryption', input: alg('1.2.840.113549.1.1.4'), want: 'fail unsupported' },
    { name: 'RSA with SHA3-256', input: alg('2.16.840.1.101.3.4.3.14'), want: 'fail unsupported' },
    { name: 'Ed25519', input: alg('1.3.101.112'), want: 'fail unsupported' },
    { name: 'unknown OID', input: alg('1.2.3.4'), want: 'fail unsupported' },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    const r = checkSignatureAlgorithm({ signatureAlgorithm: input });
    expect([r.status, r.message.key, r.message.params]).toEqual([
      expected.split(' ')[0],
      `check.signature-algorithm.${expected.split(' ')[1] ?? ''}`,
      { algorithm: input.name },
    ]);
  });

  // The scheme the check and the verifier both read: a family decides which keys can have signed.
  it.each([
    {
      name: 'scheme of sha256WithRSAEncryption',
      input: '1.2.840.113549.1.1.11',
      want: { name: 'sha256WithRSAEncryption', family: 'rsa', hash: 'SHA-256' },
    },
    {
      name: 'scheme of RSASSA-PSS: the hash is in its parameters',
      input: '1.2.840.113549.1.1.10',
      want: { name: 'RSASSA-PSS', family: 'rsa-pss', hash: null },
    },
    {
      name: 'scheme of an unknown OID: named by the OID, of no family',
      input: '1.2.3.4',
      want: { name: '1.2.3.4', family: 'other', hash: null },
    },
  ])('$name', ({ input, want }) => {
    expect(signatureScheme(input)).toEqual(want);
  });

  it('an outer algorithm that differs from the signed one fails, naming both', () => {
    const r = checkSignatureAlgorithm({
      signatureAlgorithm: alg('1.2.840.113549.1.1.12', 'sha384WithRSAEncryption'),
      signatureAlgorithmMismatch: alg('1.2.840.113549.1.1.11', 'sha256WithRSAEncryption'),
    });
    expect(seen(r)).toEqual(
      want('fail', 'check.signature-algorithm.mismatch', {
        algorithm: 'sha384WithRSAEncryption',
        tbsAlgorithm: 'sha256WithRSAEncryption',
      }),
    );
  });
});

describe('server authentication EKU', () => {
  const serverAuth = '1.3.6.1.5.5.7.3.1';
  const any = '2.5.29.37.0';
  const rows = [
    {
      name: 'no EKU extension',
      input: null,
      want: want('warn', 'check.server-auth-eku.no-extension', {}),
    },
    {
      name: 'server authentication after client authentication',
      input: ['1.3.6.1.5.5.7.3.2', serverAuth],
      want: want('pass', 'check.server-auth-eku.present', {
        usages: [
          { key: 'eku.client-auth', params: {} },
          { key: 'eku.server-auth', params: {} },
        ],
      }),
    },
    {
      name: 'any purpose and server authentication: present wins',
      input: [any, serverAuth],
      want: want('pass', 'check.server-auth-eku.present', {
        usages: [
          { key: 'eku.any', params: {} },
          { key: 'eku.server-auth', params: {} },
        ],
      }),
    },
    {
      name: 'any purpose only',
      input: [any],
      want: want('pass', 'check.server-auth-eku.any', { usages: [{ key: 'eku.any', params: {} }] }),
    },
    {
      name: 'other usages, named or by OID',
      input: [
        '1.3.6.1.5.5.7.3.3',
        '1.3.6.1.5.5.7.3.4',
        '1.3.6.1.5.5.7.3.8',
        '1.3.6.1.5.5.7.3.9',
        '1.3.6.1.4.1.311.10.3.12',
      ],
      want: want('fail', 'check.server-auth-eku.missing', {
        usages: [
          { key: 'eku.code-signing', params: {} },
          { key: 'eku.email-protection', params: {} },
          { key: 'eku.time-stamping', params: {} },
          { key: 'eku.ocsp-signing', params: {} },
          { key: 'eku.other', params: { oid: '1.3.6.1.4.1.311.10.3.12' } },
        ],
      }),
    },
    {
      name: 'an empty EKU extension',
      input: [],
      want: want('fail', 'check.server-auth-eku.missing', { usages: [] }),
    },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    expect(seen(checkServerAuthEku({ extendedKeyUsage: input }))).toEqual(expected);
  });
});

describe('extensions', () => {
  const ext = (oid: string, critical = false) => ({ oid, critical });
  const rows = [
    {
      name: 'known critical ones, unknown non-critical one',
      input: [
        ext('2.5.29.15', true),
        ext('2.5.29.19', true),
        ext('2.5.29.7', true),
        ext('2.5.29.10', true),
        ext('1.2.3.4'),
      ],
      want: want('pass', 'check.extensions.valid', { count: 5 }),
    },
    {
      name: 'no extensions',
      input: [],
      want: want('pass', 'check.extensions.valid', { count: 0 }),
    },
    {
      name: 'two unknown critical ones, by OID',
      input: [ext('1.2.3.4', true), ext('2.5.29.17'), ext('1.2.3.5', true)],
      want: want('fail', 'check.extensions.unknown-critical', { oids: '1.2.3.4, 1.2.3.5' }),
    },
    {
      name: 'a critical extension the core names but Windows does not accept critical',
      input: [ext('2.5.29.31', true)],
      want: want('fail', 'check.extensions.unknown-critical', {
        oids: 'crlDistributionPoints (2.5.29.31)',
      }),
    },
    {
      name: 'unknown critical wins over repeated',
      input: [ext('2.5.29.17'), ext('2.5.29.17'), ext('1.2.3.4', true)],
      want: want('fail', 'check.extensions.unknown-critical', { oids: '1.2.3.4' }),
    },
    {
      name: 'the draft subjectAltName twice, named once',
      input: [ext('2.5.29.7'), ext('2.5.29.7'), ext('2.5.29.7'), ext('2.5.29.17')],
      want: want('fail', 'check.extensions.duplicate', { oids: 'subjectAltName (2.5.29.7)' }),
    },
    {
      name: 'two repeated, in order',
      input: [ext('2.5.29.19'), ext('1.2.3.4'), ext('1.2.3.4'), ext('2.5.29.19')],
      want: want('fail', 'check.extensions.duplicate', {
        oids: '1.2.3.4, basicConstraints (2.5.29.19)',
      }),
    },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    expect(seen(checkExtensions(cert({ extensions: input })))).toEqual(expected);
  });
});

describe('CRL distribution point and end entity', () => {
  const bc = { oid: '2.5.29.19', critical: true };
  const subject = base.subject.text;
  const rows = [
    {
      name: 'no CRL distribution point',
      input: () => checkCrlDistributionPoint(cert({ crlDistributionPoints: [] })),
      want: want('warn', 'check.crl-distribution-point.missing', {}),
    },
    {
      name: 'two CRL distribution points',
      input: () =>
        checkCrlDistributionPoint(
          cert({ crlDistributionPoints: ['http://crl.contoso.com/a.crl', 'ldap:///CN=b'] }),
        ),
      want: want('pass', 'check.crl-distribution-point.present', {
        points: 'http://crl.contoso.com/a.crl, ldap:///CN=b',
      }),
    },
    {
      name: 'basic constraints say CA',
      input: () => checkEndEntity(cert({ isCa: true, extensions: [bc] })),
      want: want('fail', 'check.end-entity.ca', { subject }),
    },
    {
      name: 'a v1 self-signed root: CA by position, no basic constraints',
      input: () => checkEndEntity(cert({ isCa: true, extensions: [] })),
      want: want('pass', 'check.end-entity.not-ca', { subject }),
    },
    {
      name: 'a CA by position with other extensions, none of them basic constraints',
      input: () =>
        checkEndEntity(cert({ isCa: true, extensions: [{ oid: '2.5.29.15', critical: true }] })),
      want: want('pass', 'check.end-entity.not-ca', { subject }),
    },
    {
      name: 'basic constraints without cA',
      input: () => checkEndEntity(cert({ isCa: false, extensions: [bc] })),
      want: want('pass', 'check.end-entity.not-ca', { subject }),
    },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    expect(seen(input())).toEqual(expected);
  });
});

describe('hostname', () => {
  const fqdn = 'pchat01.contoso.com';
  const name = (...cns: [string, string][]): DistinguishedName => ({
    text: 'CN=…',
    rdns: cns.map(([oid, value]) => [{ oid, type: oid, value }]),
  });
  const cn = (value: string): [string, string] => ['2.5.4.3', value];
  const o = (value: string): [string, string] => ['2.5.4.10', value];
  const rows = [
    { name: 'SAN names it', input: { fqdn, dns: [fqdn] }, want: 'pass match' },
    {
      name: 'typed in capitals with a trailing dot',
      input: { fqdn: 'PChat01.Contoso.COM.', dns: ['x.contoso.com', fqdn] },
      want: 'pass match',
    },
    {
      name: 'SAN in capitals with a trailing dot',
      input: { fqdn, dns: ['PCHAT01.contoso.com.'] },
      want: 'pass match',
    },
    {
      name: 'FQDN with a full-width dot is not a host name',
      input: { fqdn: 'pchat01\uff0econtoso.com', dns: [fqdn] },
      want: 'fail not-a-host-name',
    },
    {
      name: 'SAN with a full-width dot names no server',
      input: { fqdn, dns: ['pchat01\uff0econtoso.com'] },
      want: 'fail mismatch',
    },
    { name: 'wildcard SAN', input: { fqdn, dns: ['*.contoso.com'] }, want: 'fail wildcard' },
    {
      name: 'wildcard SAN in capitals with a trailing dot',
      input: { fqdn, dns: ['*.Contoso.COM.'] },
      want: 'fail wildcard',
    },
    {
      name: 'partial wildcard',
      input: { fqdn, dns: ['pchat*.contoso.com'] },
      want: 'fail wildcard',
    },
    {
      name: 'partial wildcard must match from the start',
      input: { fqdn, dns: ['chat*.contoso.com'] },
      want: 'fail mismatch',
    },
    {
      name: 'partial wildcard must match to the end',
      input: { fqdn, dns: ['*chat0.contoso.com'] },
      want: 'fail mismatch',
    },
    {
      name: 'a wildcard covers one label only',
      input: { fqdn: 'pchat01.lync.contoso.com', dns: ['*.contoso.com'] },
      want: 'fail mismatch',
    },
    {
      name: 'a wildcard over a top-level domain covers nothing',
      input: { fqdn: 'contoso.com', dns: ['*.com'] },
      want: 'fail mismatch',
    },
    {
      name: 'a regex character in a SAN is literal',
      input: { fqdn: 'pp01.contoso.com', dns: ['p+*.contoso.com'] },
      want: 'fail mismatch',
    },
    { name: 'other SAN', input: { fqdn, dns: ['x.contoso.com'] }, want: 'fail mismatch' },
    {
      name: 'no SAN, CN names it',
      input: { fqdn, dns: null, subject: name(o('Contoso'), cn('PCHAT01.contoso.com.')) },
      want: 'warn cn-only',
    },
    {
      name: 'empty SAN list, second CN names it',
      input: { fqdn, dns: [], subject: name(cn('Contoso Server'), cn(fqdn)) },
      want: 'warn cn-only',
    },
    {
      name: 'no SAN, only the organization names it',
      input: { fqdn, dns: null, subject: name(o(fqdn)) },
      want: 'fail mismatch-cn',
    },
    {
      name: 'no SAN, CN with a full-width dot',
      input: { fqdn, dns: null, subject: name(cn('pchat01\uff0econtoso.com')) },
      want: 'fail mismatch-cn',
    },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    const subject = input.subject ?? base.subject;
    const r = checkHostname({ dnsNames: input.dns, subject }, input.fqdn, 1);
    expect(`${r.status} ${r.message.key.replace('check.hostname.', '')}`).toBe(expected);
  });

  const manyRows = [
    { name: 'wildcard', input: { dns: ['*.contoso.com'] }, want: 'first-of-many-wildcard' },
    { name: 'mismatch', input: { dns: ['x.contoso.com'] }, want: 'first-of-many-mismatch' },
    { name: 'CN only', input: { dns: null, cn: fqdn }, want: 'first-of-many-cn-only' },
    { name: 'other CN', input: { dns: null, cn: 'x' }, want: 'first-of-many-mismatch-cn' },
  ];
  it.each(manyRows)('first of 2 certificates: $name', ({ input, want: expected }) => {
    const subject = name(cn(input.cn ?? 'x'));
    const r = checkHostname({ dnsNames: input.dns, subject }, fqdn, 2);
    expect(r.message.key).toBe(`check.hostname.${expected}`);
  });

  it('says the FQDN, the SANs, the subject, the CNs and the count', () => {
    const subject = { ...name(cn('a'), cn('b')), text: 'CN=a + CN=b' };
    const r = checkHostname({ dnsNames: [], subject }, fqdn, 3);
    expect(r.message.params).toEqual({
      fqdn,
      names: '',
      subject: 'CN=a + CN=b',
      count: 3,
      cn: 'a, b',
    });
    const c = checkHostname({ dnsNames: null, subject: name(cn('x'), cn(fqdn)) }, fqdn, 1);
    expect(c.message.params).toEqual({
      fqdn,
      names: '',
      subject: 'CN=…',
      count: 1,
      cn: `x, ${fqdn}`,
    });
    const w = checkHostname({ dnsNames: ['a.contoso.com', '*.contoso.com'], subject }, fqdn, 1);
    expect(w.message.params).toEqual({
      fqdn,
      names: 'a.contoso.com, *.contoso.com',
      subject: 'CN=a + CN=b',
      count: 1,
      pattern: '*.contoso.com',
    });
  });

  it.each([
    { name: 'names the host', input: { fqdn, dns: [fqdn] }, want: true },
    {
      name: 'an FQDN that is not a host name names nothing',
      input: { fqdn: 'pchat01\uff0econtoso.com', dns: [fqdn] },
      want: false,
    },
    { name: 'no SAN', input: { fqdn, dns: null }, want: false },
  ])('sanNamesHost: $name', ({ input, want: expected }) => {
    expect(sanNamesHost({ dnsNames: input.dns }, input.fqdn)).toBe(expected);
  });
});

describe('which certificate of a server is judged', () => {
  const fqdn = 'pchat01.contoso.com';
  const ca = cert({ isCa: true, dnsNames: [fqdn], serialNumber: 'ca' });
  const other = cert({ isCa: false, dnsNames: ['x.contoso.com'], serialNumber: 'other' });
  const named = cert({ isCa: false, dnsNames: [fqdn], serialNumber: 'named' });
  const rows = [
    { name: 'the end entity that names the server', input: [ca, other, named], want: 'named of 1' },
    { name: 'none names it: the first end entity', input: [ca, other, other], want: 'other of 2' },
    {
      name: 'a CA that names it is not taken over an end entity',
      input: [ca, other],
      want: 'other of 1',
    },
    { name: 'only a CA certificate: it is judged', input: [ca], want: 'ca of 1' },
    { name: 'nothing', input: [], want: 'none' },
  ];
  it.each(rows)('$name', ({ input, want: expected }) => {
    const choice = chooseCertificate(input, fqdn);
    expect(choice ? `${choice.chosen.serialNumber} of ${String(choice.of)}` : 'none').toBe(
      expected,
    );
  });
});
