// Certificate requests: recognised by content in every encoding, read and verified, and judged
// with the certificate rules that a request can answer; never a pass (docs/checker-contract.md).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  checkCertificates,
  parseInput,
  type CheckId,
  type CheckStatus,
  type Status,
} from '../../../src/lib/cert/index.ts';
import {
  createTestPki,
  createTestRequests,
  pemChain,
  utf8,
  type RequestName,
} from '../../support/pki/index.ts';

const pki = await createTestPki();
const requests = await createTestRequests();
const fixture = async (name: string): Promise<Uint8Array> =>
  new Uint8Array(await readFile(new URL(`../../fixtures/${name}`, import.meta.url)));
const base64Of = (der: Uint8Array): string => btoa(String.fromCharCode(...der));
const { good } = requests;
const corpusRequest = await fixture('corpus/csr-new-certificate-request.csr');
const opensslRequest = await fixture('requests/openssl-req-pchat01.csr');

/** UTF-16 bytes with a byte order mark. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
  return bytes;
}

describe('a request is recognised by its content', () => {
  const rows = [
    { name: 'PEM CERTIFICATE REQUEST', input: utf8(good.pem), want: good.fqdn },
    {
      name: 'PEM NEW CERTIFICATE REQUEST (certreq, Request-CsCertificate)',
      input: utf8(good.pem.replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST')),
      want: good.fqdn,
    },
    { name: 'DER', input: good.der, want: good.fqdn },
    { name: 'bare Base-64', input: utf8(base64Of(good.der)), want: good.fqdn },
    { name: 'CRLF', input: utf8(good.pem.replace(/\n/g, '\r\n')), want: good.fqdn },
    { name: 'UTF-16 LE with BOM', input: utf16(good.pem, false), want: good.fqdn },
    { name: 'UTF-16 BE with BOM', input: utf16(good.pem, true), want: good.fqdn },
    {
      name: 'text around, as openssl req -text writes',
      input: utf8(`Certificate Request:\n    Data: ...\n${good.pem}`),
      want: good.fqdn,
    },
    {
      name: 'corpus: cfssl NEW CERTIFICATE REQUEST',
      input: corpusRequest,
      want: 'cloudflare.com',
    },
    {
      name: 'openssl req',
      input: opensslRequest,
      want: 'pchat01.contoso.com',
    },
  ];
  it.each(rows)('$name', async ({ input, want }) => {
    const result = await parseInput(input);
    expect(result.ok && result.request?.dnsNames).toContain(want);
    expect(result.ok && result.certificates).toEqual([]);
    // Its own signature is verified in the run, with the run's other signature checks.
    const report = await checkCertificates({
      references: [utf8(pki.cas.issuingCa1.pem)],
      servers: [{ fqdn: want, input }],
      at: pki.now,
    });
    const own = report.servers[0]?.checks.find((c) => c.id === 'request');
    expect(own?.message.key).toBe('check.request.valid');
  });
});

describe('what is not a usable request', () => {
  const damaged = utf8(good.pem.replace(/\n[A-Za-z0-9+/]{64}\n/, '\n'));
  const rows = [
    { name: 'request with a line cut out', input: damaged, want: 'malformed' },
    { name: 'truncated DER request', input: good.der.subarray(0, 200), want: 'malformed' },
    {
      name: 'private key beside a request is refused',
      input: utf8(good.pem + pki.privateKeyPem),
      want: 'private-key',
    },
  ];
  it.each(rows)('$name', async ({ input, want }) => {
    const result = await parseInput(input);
    expect(result.ok ? 'ok' : result.error.code).toBe(want);
  });

  it('certificates beside a request win: the input is checked as certificates', async () => {
    const result = await parseInput(utf8(pemChain(pki.leaves.pchat) + good.pem));
    expect(result.ok && result.request).toBeUndefined();
    expect(result.ok && result.certificates).toHaveLength(1);
  });
});

type Want = {
  verdict: Status;
  checks: Partial<Record<CheckId, [CheckStatus, string]>>;
};

const notApplicable: Want['checks'] = {
  'same-ca': ['not-applicable', 'check.same-ca.not-applicable'],
  validity: ['not-applicable', 'check.validity.not-applicable'],
  'crl-distribution-point': ['not-applicable', 'check.crl-distribution-point.not-applicable'],
};

const judged: { name: string; input: RequestName; want: Want }[] = [
  {
    name: 'good request: a warning, never a pass',
    input: 'good',
    want: {
      verdict: 'warn',
      checks: {
        ...notApplicable,
        hostname: ['pass', 'check.hostname.request-match'],
        'server-auth-eku': ['pass', 'check.server-auth-eku.request-present'],
        'key-strength': ['pass', 'check.key-strength.rsa-strong'],
        'signature-algorithm': ['pass', 'check.signature-algorithm.sha2'],
        request: ['warn', 'check.request.valid'],
      },
    },
  },
  {
    name: 'wildcard',
    input: 'wildcard',
    want: { verdict: 'fail', checks: { hostname: ['fail', 'check.hostname.request-wildcard'] } },
  },
  {
    name: 'no SAN: CN only, as for certificates',
    input: 'noSan',
    want: { verdict: 'warn', checks: { hostname: ['warn', 'check.hostname.request-cn-only'] } },
  },
  {
    name: '1024-bit key',
    input: 'rsa1024',
    want: {
      verdict: 'warn',
      checks: { 'key-strength': ['warn', 'check.key-strength.request-rsa-supported'] },
    },
  },
  {
    name: 'RSASSA-PSS signature',
    input: 'pss',
    want: {
      verdict: 'fail',
      checks: {
        'signature-algorithm': ['fail', 'check.signature-algorithm.request-unsupported'],
        request: ['warn', 'check.request.valid'],
      },
    },
  },
  {
    name: 'EKU without Server Authentication',
    input: 'ekuClientOnly',
    want: {
      verdict: 'fail',
      checks: { 'server-auth-eku': ['fail', 'check.server-auth-eku.request-missing'] },
    },
  },
  {
    name: 'no EKU, no template: the CA template decides',
    input: 'ekuNone',
    want: {
      verdict: 'warn',
      checks: { 'server-auth-eku': ['warn', 'check.server-auth-eku.request-no-extension'] },
    },
  },
  {
    name: 'tampered signature',
    input: 'tampered',
    want: { verdict: 'fail', checks: { request: ['fail', 'check.request.invalid'] } },
  },
  {
    name: 'ECDSA P-256',
    input: 'ecdsaP256',
    want: {
      verdict: 'warn',
      checks: {
        'key-strength': ['pass', 'check.key-strength.ecdsa'],
        'signature-algorithm': ['pass', 'check.signature-algorithm.sha2'],
        request: ['warn', 'check.request.valid'],
      },
    },
  },
  {
    name: 'ECDSA P-384',
    input: 'ecdsaP384',
    want: {
      verdict: 'warn',
      checks: {
        'key-strength': ['pass', 'check.key-strength.ecdsa'],
        request: ['warn', 'check.request.valid'],
      },
    },
  },
];

describe('a request is judged with the rules it can answer', () => {
  it.each(judged)('$name', async ({ input, want }) => {
    const request = requests[input];
    const report = await checkCertificates({
      references: [utf8(pki.leaves.frontEnd.pem)],
      servers: [{ fqdn: request.fqdn, input: utf8(request.pem) }],
      at: pki.now,
    });
    const [server] = report.servers;
    expect(server?.inputKind).toBe('request');
    expect(server?.sameCa).toBe('not-applicable');
    expect(server?.verdict).toBe(want.verdict);
    expect(report.verdict).toBe(want.verdict);
    const got = Object.fromEntries(
      (server?.checks ?? []).map((c) => [c.id, [c.status, c.message.key]]),
    );
    expect(got).toMatchObject(want.checks);
  });
});

describe('the certificate template that decides the EKU is named', () => {
  const rows = [
    { name: 'v1 template name', input: requests.templateName, want: 'WebServer' },
    {
      name: 'v2 template information',
      input: requests.templateOid,
      want: '1.3.6.1.4.1.311.21.8.1.2 (100.5)',
    },
  ];
  it.each(rows)('$name', async ({ input, want }) => {
    const report = await checkCertificates({
      references: [utf8(pki.leaves.frontEnd.pem)],
      servers: [{ fqdn: input.fqdn, input: input.der }],
      at: pki.now,
    });
    const eku = report.servers[0]?.checks.find((c) => c.id === 'server-auth-eku');
    expect(eku?.status).toBe('warn');
    expect(eku?.message).toEqual({
      key: 'check.server-auth-eku.request-no-extension-template',
      params: expect.objectContaining({ template: want }) as unknown,
    });
  });
});

describe('a request in the wrong place', () => {
  it('as the reference: refused, because a request names no CA', async () => {
    const report = await checkCertificates({
      references: [good.der],
      servers: [{ fqdn: pki.leaves.pchat.fqdn, input: utf8(pki.leaves.pchat.pem) }],
      at: pki.now,
    });
    expect(report.failures.map((f) => [f.input.kind, f.error.code])).toEqual([
      ['reference', 'request-as-reference'],
    ]);
    expect(report.verdict).toBe('fail');
  });

  it('a run of good requests cannot end in "all servers pass"', async () => {
    const report = await checkCertificates({
      references: [utf8(pki.leaves.frontEnd.pem)],
      servers: (['good', 'ecdsaP256', 'ecdsaP384'] as const).map((name) => ({
        fqdn: requests[name].fqdn,
        input: requests[name].der,
      })),
      at: pki.now,
    });
    expect(report.servers.map((s) => s.verdict)).toEqual(['warn', 'warn', 'warn']);
    expect(report.verdict).toBe('warn');
  });
});
