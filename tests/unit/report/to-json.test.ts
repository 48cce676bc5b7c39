import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/lib/cert/types.ts';
import { toJson } from '../../../src/lib/report/to-json.ts';
import { fakeTranslate, sampleReport } from './sample-report.ts';

// Rendered inside each test, not at load: `npm run mutate` then knows which tests reach which code.
const json = () =>
  toJson(sampleReport, fakeTranslate('de'), {
    lang: 'de',
    sources: { servers: [undefined, undefined, { kind: 'file', path: 'fe02.pem' } as const] },
  });
const empty: CheckReport = { ...sampleReport, referenceCas: [], servers: [], failures: [] };

describe('toJson follows the contract', () => {
  it.each([
    { name: 'verdict', input: () => json().verdict, want: 'fail' },
    {
      name: 'checkedAt is UTC with Z',
      input: () => json().checkedAt,
      want: '2025-03-12T10:30:00.000Z',
    },
    {
      name: 'referenceCa is the first',
      input: () => json().referenceCa,
      want: { subject: 'CN=Contoso Issuing CA, DC=contoso, DC=com', keyId: 'abcdef0123' },
    },
    {
      name: 'key ids are lowercase',
      input: () => json().referenceCas,
      want: [
        { subject: 'CN=Contoso Issuing CA, DC=contoso, DC=com', keyId: 'abcdef0123' },
        { subject: 'CN=Contoso Issuing CA (renewed), DC=contoso, DC=com', keyId: null },
      ],
    },
    {
      name: 'servers in order, fqdn as typed',
      input: () => json().servers.map((s) => s.fqdn),
      want: ['PChat01.Contoso.com.', 'fe|01.contoso.com'],
    },
    {
      name: 'sha256 lowercase',
      input: () => json().servers[0]?.certificate?.sha256,
      want: 'ab'.repeat(32),
    },
    {
      name: 'serial lowercase',
      input: () => json().servers[0]?.certificate?.serialNumber,
      want: '0a1b2c',
    },
    {
      name: 'dates are ISO with Z',
      input: () => json().servers[0]?.certificate?.notAfter,
      want: '2026-03-01T08:00:00.000Z',
    },
    {
      name: 'all checks in order',
      input: () => json().servers[1]?.checks.map((c) => `${c.id}:${c.status}`),
      want: [
        'same-ca:fail',
        'hostname:pass',
        'validity:pass',
        'server-auth-eku:pass',
        'key-strength:pass',
        'signature-algorithm:pass',
        'crl-distribution-point:pass',
        'end-entity:pass',
        'extensions:pass',
      ],
    },
    {
      name: 'messages rendered in the chosen language',
      input: () => json().servers[0]?.checks[0]?.message,
      want: 'de:messages:check.same-ca.verified{"ca":"Contoso Issuing CA"}',
    },
    {
      name: 'failures name the input and its source',
      input: () => json().failures,
      want: [
        {
          input: 'server',
          index: 2,
          fqdn: 'fe02.contoso.com',
          source: { kind: 'file', name: 'fe02.pem' },
          code: 'private-key',
          message: 'de:messages:input.error.private-key{}',
        },
      ],
    },
    {
      name: 'no reference sources: no references member',
      input: () => 'references' in toJson(sampleReport, fakeTranslate('en')),
      want: false,
    },
    {
      name: 'no reference CA gives null',
      input: () => toJson(empty, fakeTranslate('en')).referenceCa,
      want: null,
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toEqual(want);
  });

  it('round-trips through JSON.stringify', () => {
    const report = json();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
