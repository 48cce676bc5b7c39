import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import type { InputFailure } from '../../../src/lib/cert/types.ts';
import { describeInput, renderInputFailure } from '../../../src/lib/report/render-input-failure.ts';
import { renderMessage } from '../../../src/lib/report/render-message.ts';
import { fakeTranslate } from './sample-report.ts';

const en = cliTranslator('en');
const de = cliTranslator('de');
const sources = {
  references: [{ kind: 'file', path: 'ca.pem' } as const, undefined],
  servers: [{ kind: 'stdin' } as const, { kind: 'tls', host: '::1', port: 5061 } as const],
};

describe('describeInput names the input as the user knows it', () => {
  it.each([
    {
      name: 'reference with path',
      input: () => describeInput({ kind: 'reference', index: 0 }, en, sources),
      want: 'Reference certificate 1 (ca.pem)',
    },
    {
      name: 'reference without path',
      input: () => describeInput({ kind: 'reference', index: 1 }, en, sources),
      want: 'Reference certificate 2',
    },
    {
      name: 'server from standard input',
      input: () => describeInput({ kind: 'server', index: 0, fqdn: 'pc.contoso.com' }, en, sources),
      want: 'Server pc.contoso.com (standard input)',
    },
    {
      name: 'server fetched over TLS, IPv6 in brackets',
      input: () => describeInput({ kind: 'server', index: 1, fqdn: 'pc.contoso.com' }, en, sources),
      want: 'Server pc.contoso.com (tls:[::1]:5061)',
    },
    {
      name: 'server without sources',
      input: () => describeInput({ kind: 'server', index: 3, fqdn: 'pc.contoso.com' }, de),
      want: 'Server pc.contoso.com',
    },
    {
      name: 'german reference',
      input: () => describeInput({ kind: 'reference', index: 0 }, de, sources),
      want: 'Referenzzertifikat 1 (ca.pem)',
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toBe(want);
  });
});

describe('renderInputFailure and renderMessage', () => {
  const failure: InputFailure = {
    input: { kind: 'reference', index: 0 },
    error: { code: 'empty', message: { key: 'input.error.empty', params: { n: 1 } } },
  };
  it.each([
    {
      name: 'message key goes to the messages namespace',
      input: () =>
        renderMessage({ key: 'check.hostname.match', params: { x: 'y' } }, fakeTranslate('it')),
      want: 'it:messages:check.hostname.match{"x":"y"}',
    },
    {
      name: 'without a language, ISO instants are shown as given',
      input: () =>
        renderMessage(
          { key: 'check.validity.valid', params: { notAfter: '2026-03-01T08:00:00.000Z' } },
          fakeTranslate('it'),
        ),
      want: 'it:messages:check.validity.valid{"notAfter":"2026-03-01T08:00:00.000Z"}',
    },
    {
      name: 'ISO instants in parameters are shown in the language',
      input: () =>
        renderMessage(
          {
            key: 'check.validity.valid',
            params: { notAfter: '2026-03-01T08:00:00.000Z', days: 3 },
          },
          fakeTranslate('de'),
          'de',
        ),
      want: 'de:messages:check.validity.valid{"notAfter":"1. März 2026, 08:00 UTC","days":3}',
    },
    {
      name: 'failure is "input: message"',
      input: () =>
        renderInputFailure(failure, fakeTranslate('en'), {
          references: [{ kind: 'file', path: 'a.cer' }],
        }),
      want: 'en:report:report.input.reference-source{"number":1,"source":"a.cer"}: en:messages:input.error.empty{"n":1}',
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toBe(want);
  });
});
