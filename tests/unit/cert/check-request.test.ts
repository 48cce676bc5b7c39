// One certificate request judged on its own (checkRequest): every check's status and wording as a
// request reads it, the request's own signature (verified, refuted or not checked), and the
// summary shown for it. The whole run with requests is in requests.test.ts.
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../src/lib/cert/check-request.ts';
import { parseInput, type RequestInfo } from '../../../src/lib/cert/index.ts';
import { SignatureBudget } from '../../../src/lib/cert/signature-budget.ts';
import { createTestRequests, type RequestName } from '../../support/pki/index.ts';

const requests = await createTestRequests();

/** The request as the core reads it. */
async function read(name: RequestName): Promise<RequestInfo> {
  const result = await parseInput(requests[name].der);
  const request = result.ok ? result.request : undefined;
  if (!request) throw new Error(`${name} did not read as a request`);
  return request;
}

/** Judges a request, with the work for its own signature reserved or not. */
async function judge(request: RequestInfo, fqdn: string, work: boolean) {
  const budget = new SignatureBudget(crypto);
  if (work) budget.reserve(1);
  return checkRequest(fqdn, request, budget);
}

const every = {
  'same-ca': 'not-applicable check.same-ca.not-applicable',
  hostname: 'pass check.hostname.request-match',
  validity: 'not-applicable check.validity.not-applicable',
  'server-auth-eku': 'pass check.server-auth-eku.request-present',
  'key-strength': 'pass check.key-strength.rsa-strong',
  'signature-algorithm': 'pass check.signature-algorithm.sha2',
  'crl-distribution-point': 'not-applicable check.crl-distribution-point.not-applicable',
  'end-entity': 'pass check.end-entity.request-not-ca',
  extensions: 'not-applicable check.extensions.not-applicable',
  request: 'warn check.request.valid',
};

const rows: {
  name: string;
  input: { request: RequestName; work?: boolean; fqdn?: string; facts?: Partial<RequestInfo> };
  want: { verdict: string; checks: Partial<typeof every> };
}[] = [
  {
    name: 'a good request: every check in order, and still only a warning',
    input: { request: 'good' },
    want: { verdict: 'warn', checks: every },
  },
  {
    name: 'its own signature not checked: said, still a warning',
    input: { request: 'good', work: false },
    want: { verdict: 'warn', checks: { request: 'warn check.request.unsupported' } },
  },
  {
    name: 'its own signature refuted',
    input: { request: 'tampered' },
    want: { verdict: 'fail', checks: { request: 'fail check.request.invalid' } },
  },
  {
    name: 'a request for a CA certificate',
    input: { request: 'good', facts: { isCa: true } },
    want: { verdict: 'fail', checks: { 'end-entity': 'fail check.end-entity.request-ca' } },
  },
  {
    name: 'a named template decides the EKU; the other wording stays the request one',
    input: { request: 'templateName' },
    want: {
      verdict: 'warn',
      checks: {
        hostname: 'pass check.hostname.request-match',
        'server-auth-eku': 'warn check.server-auth-eku.request-no-extension-template',
      },
    },
  },
  {
    name: 'no EKU, no template',
    input: { request: 'ekuNone' },
    want: {
      verdict: 'warn',
      checks: { 'server-auth-eku': 'warn check.server-auth-eku.request-no-extension' },
    },
  },
  {
    name: 'no SAN',
    input: { request: 'noSan' },
    want: { verdict: 'warn', checks: { hostname: 'warn check.hostname.request-cn-only' } },
  },
  {
    name: 'a 1024-bit key',
    input: { request: 'rsa1024' },
    want: {
      verdict: 'warn',
      checks: { 'key-strength': 'warn check.key-strength.request-rsa-supported' },
    },
  },
  {
    name: 'an EKU without Server Authentication',
    input: { request: 'ekuClientOnly' },
    want: {
      verdict: 'fail',
      checks: { 'server-auth-eku': 'fail check.server-auth-eku.request-missing' },
    },
  },
  {
    name: 'another server name in the SAN',
    input: { request: 'good', fqdn: 'pchat99.contoso.com' },
    want: { verdict: 'fail', checks: { hostname: 'fail check.hostname.request-mismatch' } },
  },
  {
    name: 'no SAN, another server name in the CN',
    input: { request: 'noSan', fqdn: 'pchat99.contoso.com' },
    want: { verdict: 'fail', checks: { hostname: 'fail check.hostname.request-mismatch-cn' } },
  },
  {
    name: 'an EKU of any purpose',
    input: { request: 'good', facts: { extendedKeyUsage: ['2.5.29.37.0'] } },
    want: {
      verdict: 'warn',
      checks: { 'server-auth-eku': 'pass check.server-auth-eku.request-any' },
    },
  },
  {
    name: 'a 512-bit key',
    input: {
      request: 'good',
      facts: { publicKey: { kind: 'rsa', oid: '1.2.840.113549.1.1.1', bits: 512, curve: null } },
    },
    want: {
      verdict: 'fail',
      checks: { 'key-strength': 'fail check.key-strength.request-rsa-weak' },
    },
  },
  {
    name: 'an Ed25519 key',
    input: {
      request: 'good',
      facts: { publicKey: { kind: 'ed25519', oid: '1.3.101.112', bits: 256, curve: null } },
    },
    want: {
      verdict: 'fail',
      checks: { 'key-strength': 'fail check.key-strength.request-unsupported-type' },
    },
  },
  {
    name: 'a SHA-1 signature',
    input: {
      request: 'good',
      facts: { signatureAlgorithm: { oid: '1.2.840.113549.1.1.5', name: 'sha1WithRSAEncryption' } },
    },
    want: {
      verdict: 'warn',
      checks: { 'signature-algorithm': 'warn check.signature-algorithm.request-sha1' },
    },
  },
];

describe('a request judged on its own', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const request = { ...(await read(input.request)), ...input.facts };
    const fqdn = input.fqdn ?? requests[input.request].fqdn;
    const result = await judge(request, fqdn, input.work ?? true);
    const checks = Object.fromEntries(
      result.checks.map((c) => [c.id, `${c.status} ${c.message.key}`]),
    );
    expect({ ids: Object.keys(checks), verdict: result.verdict, checks }).toMatchObject({
      ids: Object.keys(every),
      verdict: want.verdict,
      checks: want.checks,
    });
  });

  const good = requests.good;
  const summaryRows = [
    {
      name: 'a request with SANs',
      input: 'good' as RequestName,
      want: { dnsNames: [good.fqdn] },
    },
    { name: 'a request without SANs', input: 'noSan' as RequestName, want: { dnsNames: [] } },
  ];
  it.each(summaryRows)('the summary of $name', async ({ input, want }) => {
    const request = await read(input);
    const result = await judge(request, requests[input].fqdn, true);
    expect([result.inputKind, result.sameCa, result.request, result.details]).toEqual([
      'request',
      'not-applicable',
      { subject: request.subject.text, dnsNames: want.dnsNames, sha256: request.sha256 },
      request,
    ]);
  });

  it('names the algorithm of its own signature, and the template that decides the EKU', async () => {
    const result = await judge(await read('templateName'), requests.templateName.fqdn, true);
    const params = Object.fromEntries(result.checks.map((c) => [c.id, c.message.params]));
    expect([params['request'], params['server-auth-eku']]).toEqual([
      { algorithm: 'sha256WithRSAEncryption' },
      expect.objectContaining({ template: 'WebServer' }),
    ]);
  });
});
