// The JSON report of sourced inputs: each input's source (a TLS handshake with its note, standard
// input, a file), a request and a server of labelled certificates, as a program reads them.
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { toJson } from '../../../src/lib/report/index.ts';
import { sourcedInputs as sources, sourcedReport } from './sourced-report.ts';

/** The report without its servers' check lists, which the request's row below shows. */
const withoutChecks = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutChecks)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'checks')
            .map(([key, v]) => [key, withoutChecks(v)]),
        )
      : value;

describe('JSON report of sourced inputs', () => {
  const json = () => toJson(sourcedReport, cliTranslator('en'), { lang: 'en', sources });
  it.each([
    {
      name: 'everything but the checks',
      input: () => withoutChecks(JSON.parse(JSON.stringify(json()))),
      want: {
        verdict: 'fail',
        checkedAt: '2025-03-12T10:30:00.000Z',
        referenceCa: null,
        referenceCas: [],
        references: [
          {
            source: {
              kind: 'tls',
              name: 'tls:[2001:db8::5]:5061',
              serverName: null,
              tlsVersion: 'TLSv1.2',
              fetchedAt: '2025-03-12T10:29:00.000Z',
              handshake: 'incomplete',
              note: 'The TLS handshake ended before it was complete (for example because the server requires a client certificate, which pchat-certs does not send). These are the certificates the server sent, but without a completed handshake pchat-certs cannot confirm that the server holds the private key of its certificate.',
            },
          },
          { source: { kind: 'file', name: 'empty.pem' } },
        ],
        servers: [
          {
            fqdn: 'pchat02.contoso.com',
            verdict: 'warn',
            sameCa: 'not-applicable',
            inputKind: 'request',
            request: {
              subject: 'CN=pchat02.contoso.com',
              dnsNames: [],
              sha256: 'cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd',
            },
            source: { kind: 'stdin', name: '-' },
          },
          {
            fqdn: 'fe01.contoso.com',
            verdict: 'fail',
            sameCa: 'different',
            inputKind: 'certificate',
            certificate: {
              subject: 'CN=fe01.contoso.com',
              issuer: 'CN=Contoso Issuing CA, DC=contoso, DC=com',
              serialNumber: '0a1b2c',
              notBefore: '2025-03-01T08:00:00.000Z',
              notAfter: '2026-03-01T08:00:00.000Z',
              sha256: 'efefefefefefefefefefefefefefefefefefefefefefefefefefefefefefefef',
            },
            source: {
              kind: 'tls',
              name: 'tls:fe01.contoso.com:443',
              serverName: 'fe01.contoso.com',
              tlsVersion: 'TLSv1.3',
              fetchedAt: '2025-03-12T10:29:00.000Z',
              handshake: 'complete',
            },
            label: 'FrontEnd WebServicesInternal',
            certificates: [
              {
                verdict: 'pass',
                sameCa: 'verified',
                inputKind: 'certificate',
                certificate: {
                  subject: 'CN=fe01.contoso.com',
                  issuer: 'CN=Contoso Issuing CA, DC=contoso, DC=com',
                  serialNumber: '0a1b2c',
                  notBefore: '2025-03-01T08:00:00.000Z',
                  notAfter: '2026-03-01T08:00:00.000Z',
                  sha256: 'abababababababababababababababababababababababababababababababab',
                },
                source: { kind: 'file', name: 'fe01-default.cer' },
                label: 'FrontEnd Default',
              },
              {
                verdict: 'fail',
                sameCa: 'different',
                inputKind: 'certificate',
                certificate: {
                  subject: 'CN=fe01.contoso.com',
                  issuer: 'CN=Contoso Issuing CA, DC=contoso, DC=com',
                  serialNumber: '0a1b2c',
                  notBefore: '2025-03-01T08:00:00.000Z',
                  notAfter: '2026-03-01T08:00:00.000Z',
                  sha256: 'efefefefefefefefefefefefefefefefefefefefefefefefefefefefefefefef',
                },
                source: {
                  kind: 'tls',
                  name: 'tls:fe01.contoso.com:443',
                  serverName: 'fe01.contoso.com',
                  tlsVersion: 'TLSv1.3',
                  fetchedAt: '2025-03-12T10:29:00.000Z',
                  handshake: 'complete',
                },
                label: 'FrontEnd WebServicesInternal',
              },
            ],
          },
        ],
        failures: [
          {
            input: 'reference',
            index: 1,
            source: { kind: 'file', name: 'empty.pem' },
            code: 'no-certificate',
            message:
              'No certificate was found in this input. Supply a certificate: PEM or Base-64 text, or a .cer, .crt, .der, .pem or .p7b file.',
          },
          {
            input: 'server',
            index: 0,
            fqdn: 'fe03.contoso.com',
            label: 'FrontEnd Default',
            source: { kind: 'file', name: 'fe03.pem' },
            code: 'empty',
            message:
              'This input is empty. Supply a certificate: PEM or Base-64 text, or a .cer, .crt, .der, .pem or .p7b file.',
          },
        ],
      },
    },
    {
      name: "the request's checks",
      input: () => json().servers[0]?.checks.map((c) => [c.id, c.status, c.messageKey]),
      want: [
        ['same-ca', 'not-applicable', 'check.same-ca.verified'],
        ['hostname', 'pass', 'check.hostname.match'],
        ['validity', 'not-applicable', 'check.validity.valid'],
        ['server-auth-eku', 'pass', 'check.server-auth-eku.present'],
        ['key-strength', 'pass', 'check.key-strength.rsa-strong'],
        ['signature-algorithm', 'pass', 'check.signature-algorithm.sha2'],
        ['crl-distribution-point', 'not-applicable', 'check.crl-distribution-point.present'],
        ['end-entity', 'pass', 'check.end-entity.not-ca'],
        ['extensions', 'pass', 'check.extensions.valid'],
        ['request', 'warn', 'check.request.valid'],
      ],
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toEqual(want);
  });
});
