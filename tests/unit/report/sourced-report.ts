// A second hand-made report for renderer tests: what the sample report lacks. Its inputs come from
// TLS handshakes (one incomplete, one over IPv6) and standard input; one server is a certificate
// request (checks that do not apply), one has two labelled certificates, no reference CA is usable;
// an unusable labelled server input comes first, so sources are matched past it.
import type { CheckReport, ServerResult } from '../../../src/lib/cert/types.ts';
import type { InputSources } from '../../../src/lib/report/input-source.ts';
import { checks, server } from './sample-report.ts';

/** A certificate request without DNS names, checked as a server's input. */
export const request: ServerResult = {
  index: 1,
  inputKind: 'request',
  fqdn: 'pchat02.contoso.com',
  verdict: 'warn',
  sameCa: 'not-applicable',
  request: { subject: 'CN=pchat02.contoso.com', dnsNames: [], sha256: 'CD'.repeat(32) },
  details: {
    der: new Uint8Array([0x30, 0x00]),
    signed: {
      tbs: new Uint8Array(),
      signatureAlgorithm: new Uint8Array(),
      algorithmsAgree: true,
      signature: new Uint8Array(),
    },
    subject: { text: 'CN=pchat02.contoso.com', rdns: [] },
    dnsNames: null,
    extendedKeyUsage: null,
    isCa: false,
    publicKey: { kind: 'rsa', oid: '1.2.840.113549.1.1.1', bits: 2048, curve: null },
    signatureAlgorithm: { oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption' },
    subjectPublicKeyInfo: new Uint8Array([0x30, 0x00]),
    template: null,
    sha256: 'cd'.repeat(32),
  },
  checks: [
    ...checks('pass', {
      'same-ca': 'not-applicable',
      validity: 'not-applicable',
      'crl-distribution-point': 'not-applicable',
    }),
    {
      id: 'request',
      status: 'warn',
      message: { key: 'check.request.valid', params: { algorithm: 'sha256WithRSAEncryption' } },
    },
  ],
};

const defaultCert = {
  ...server('fe01.contoso.com', 'pass'),
  label: 'FrontEnd Default',
  index: 2,
};
const internalCert = {
  ...server('fe01.contoso.com', 'fail', 'EF'.repeat(32)),
  label: 'FrontEnd WebServicesInternal',
  index: 3,
};

/** Two servers: a request from standard input, and one with two labelled certificates. */
export const sourcedReport: CheckReport = {
  verdict: 'fail',
  checkedAt: new Date('2025-03-12T10:30:00Z'),
  referenceCas: [],
  servers: [request, { ...internalCert, certificates: [defaultCert, internalCert] }],
  failures: [
    {
      input: { kind: 'reference', index: 1 },
      error: { code: 'no-certificate', message: { key: 'input.error.no-certificate', params: {} } },
    },
    {
      input: { kind: 'server', index: 0, fqdn: 'fe03.contoso.com', label: 'FrontEnd Default' },
      error: { code: 'empty', message: { key: 'input.error.empty', params: {} } },
    },
  ],
};

const fetchedAt = new Date('2025-03-12T10:29:00Z');

/** Where the inputs of `sourcedReport` came from. */
export const sourcedInputs: InputSources = {
  references: [
    {
      kind: 'tls',
      host: '2001:db8::5',
      port: 5061,
      serverName: null,
      tlsVersion: 'TLSv1.2',
      fetchedAt,
      handshake: 'incomplete',
    },
    { kind: 'file', path: 'empty.pem' },
    undefined,
  ],
  servers: [
    { kind: 'file', path: 'fe03.pem' },
    { kind: 'stdin' },
    { kind: 'file', path: 'fe01-default.cer' },
    {
      kind: 'tls',
      host: 'fe01.contoso.com',
      port: 443,
      serverName: 'fe01.contoso.com',
      tlsVersion: 'TLSv1.3',
      fetchedAt,
      handshake: 'complete',
    },
  ],
};
