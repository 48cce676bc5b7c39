// The facts under a server's verdict and the names a report gives a result, as the text and
// Markdown reports take them: which facts, in which order, which are code, and the label words of
// a bundle's certificates. The fake translator shows keys, so the wiring is what is judged.
import { describe, expect, it } from 'vitest';
import type { ServerResult } from '../../../src/lib/cert/index.ts';
import type { InputSource } from '../../../src/lib/report/input-source.ts';
import { checkLabel, resultName, severalCertificatesText } from '../../../src/lib/report/labels.ts';
import { serverFacts } from '../../../src/lib/report/server-facts.ts';
import { fakeTranslate, server } from './sample-report.ts';
import { request as sampleRequest } from './sourced-report.ts';

const t = fakeTranslate('en');
const pass = server('pchat01.contoso.com', 'pass');
const request = (dnsNames: readonly string[]): ServerResult => {
  if (sampleRequest.inputKind !== 'request') throw new Error('the sample request is none');
  return { ...sampleRequest, index: 0, request: { ...sampleRequest.request, dnsNames } };
};
const tls = (handshake: 'complete' | 'incomplete'): InputSource => ({
  kind: 'tls',
  host: 'pchat01.contoso.com',
  port: 5041,
  serverName: 'pchat01.contoso.com',
  tlsVersion: 'TLSv1.3',
  fetchedAt: new Date('2026-12-06T10:00:00Z'),
  handshake,
});
/** Each fact as `label = value`, with `[code]` where a report shows the value as code. */
const facts = (result: ServerResult, source?: InputSource): string[] =>
  serverFacts(result, source, t, 'en').map(
    (fact) => `${fact.label} = ${fact.value}${fact.code ? ' [code]' : ''}`,
  );

describe('serverFacts', () => {
  it.each([
    {
      name: 'a certificate without a source: names, dates, and serial and thumbprint as code',
      input: { result: pass, source: undefined },
      want: [
        'en:checker:check.same-ca.name = en:report:report.same-ca.verified',
        'en:checker:details.subject.label = CN=pchat01.contoso.com',
        'en:checker:details.issuer.label = CN=Contoso Issuing CA, DC=contoso, DC=com',
        'en:checker:details.serial.label = 0A1B2C [code]',
        'en:checker:details.not-before.label = Mar 1, 2025, 08:00 AM UTC',
        'en:checker:details.not-after.label = Mar 1, 2026, 08:00 AM UTC',
        `en:checker:details.sha256.label = ${'AB'.repeat(32)} [code]`,
      ],
    },
    {
      name: 'a TLS source whose handshake did not finish: the source, then the note, as text',
      input: { result: pass, source: tls('incomplete') },
      want: ['source', 'en:report:report.label.note = en:report:report.note.handshake-incomplete'],
    },
    {
      name: 'a TLS source whose handshake finished: the source, no note',
      input: { result: pass, source: tls('complete') },
      want: ['source', 'en:checker:check.same-ca.name = en:report:report.same-ca.verified'],
    },
    {
      name: 'a request without DNS names: says none were requested',
      input: { result: request([]), source: undefined },
      want: [
        'en:report:report.label.input = en:report:report.value.request',
        'en:checker:check.same-ca.name = en:report:report.same-ca.not-applicable',
        'en:checker:details.subject.label = CN=pchat02.contoso.com',
        'en:report:report.label.requested-names = en:checker:details.none.text',
        `en:checker:details.sha256.label = ${'CD'.repeat(32)} [code]`,
      ],
    },
    {
      name: 'a request with DNS names: lists them',
      input: { result: request(['pchat02.contoso.com', 'chat.contoso.com']), source: undefined },
      want: [
        'en:report:report.label.input = en:report:report.value.request',
        'en:checker:check.same-ca.name = en:report:report.same-ca.not-applicable',
        'en:checker:details.subject.label = CN=pchat02.contoso.com',
        'en:report:report.label.requested-names = pchat02.contoso.com, chat.contoso.com',
        `en:checker:details.sha256.label = ${'CD'.repeat(32)} [code]`,
      ],
    },
  ])('$name', ({ input, want }) => {
    const got = facts(input.result, input.source);
    // With a source, its own fact comes first (its wording is input-source's); the rows above
    // name the facts after it.
    expect(input.source === undefined ? got : ['source', ...got.slice(1, want.length)]).toEqual(
      want,
    );
  });
});

describe('resultName', () => {
  it.each([
    { name: 'no label: the FQDN', input: pass, want: 'pchat01.contoso.com' },
    {
      name: 'an empty label: the FQDN',
      input: { ...pass, label: '' },
      want: 'pchat01.contoso.com',
    },
    {
      name: 'a label: its words after the FQDN',
      input: { ...pass, label: 'FrontEnd WebServicesInternal' },
      want: 'pchat01.contoso.com (FrontEnd WebServicesInternal)',
    },
  ])('$name', ({ input, want }) => {
    expect(resultName(input)).toBe(want);
  });
});

describe('severalCertificatesText', () => {
  const fe = (label: string | undefined, verdict: 'pass' | 'fail'): ServerResult => ({
    ...server('fe01.contoso.com', verdict),
    ...(label === undefined ? {} : { label }),
  });
  it.each([
    { name: 'one certificate: no sentence', input: fe('FrontEnd Default', 'pass'), want: null },
    {
      name: 'several: the number and the worst ones by their label words',
      input: {
        ...fe('FrontEnd Default', 'fail'),
        certificates: [
          fe('FrontEnd Default', 'fail'),
          fe('FrontEnd WebServicesInternal', 'pass'),
          fe('FrontEnd WebServicesExternal', 'fail'),
        ],
      },
      want: 'en:bundle:report.server.several-certificates{"number":"3","labels":"FrontEnd Default, FrontEnd WebServicesExternal"}',
    },
    {
      name: 'a worst certificate without label words names none',
      input: {
        ...fe(undefined, 'fail'),
        certificates: [fe(undefined, 'fail'), fe('FrontEnd Default', 'pass')],
      },
      want: 'en:bundle:report.server.several-certificates{"number":"2","labels":""}',
    },
  ])('$name', ({ input, want }) => {
    expect(severalCertificatesText(input, t, 'en')).toBe(want);
  });
});

describe('checkLabel', () => {
  it.each([
    { name: 'a certificate by default', input: { kind: undefined }, want: 'check.hostname.name' },
    { name: 'a request', input: { kind: 'request' as const }, want: 'check.hostname.request-name' },
  ])('$name', ({ input, want }) => {
    expect(checkLabel('hostname', t, input.kind)).toBe(`en:checker:${want}`);
  });
});
