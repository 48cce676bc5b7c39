// How connection errors become the failures users are told about, including the spellings of
// different Node and OpenSSL versions (Node 20: SSLV3_ALERT_…, Node 26: SSL/TLS_ALERT_…).
import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/cli/fetch-chain.ts';

describe('classifyError', () => {
  it.each([
    {
      name: 'unknown name',
      input: 'ENOTFOUND',
      want: { failure: 'not-resolved', detail: 'ENOTFOUND' },
    },
    {
      name: 'no DNS answer',
      input: 'EAI_AGAIN',
      want: { failure: 'not-resolved', detail: 'EAI_AGAIN' },
    },
    {
      name: 'refused',
      input: 'ECONNREFUSED',
      want: { failure: 'refused', detail: 'ECONNREFUSED' },
    },
    {
      name: 'system timeout',
      input: 'ETIMEDOUT',
      want: { failure: 'timed-out', detail: 'ETIMEDOUT' },
    },
    {
      name: 'no route',
      input: 'EHOSTUNREACH',
      want: { failure: 'unreachable', detail: 'EHOSTUNREACH' },
    },
    { name: 'reset', input: 'ECONNRESET', want: { failure: 'closed', detail: 'ECONNRESET' } },
    {
      name: 'plain text',
      input: 'ERR_SSL_WRONG_VERSION_NUMBER',
      want: { failure: 'not-tls', detail: 'ERR_SSL_WRONG_VERSION_NUMBER' },
    },
    {
      name: 'HTTP on the port',
      input: 'ERR_SSL_HTTP_REQUEST',
      want: { failure: 'not-tls', detail: 'ERR_SSL_HTTP_REQUEST' },
    },
    {
      name: 'alert, Node 20',
      input: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
      want: { failure: 'alert', detail: 'handshake failure' },
    },
    {
      name: 'alert, Node 26',
      input: 'ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE',
      want: { failure: 'alert', detail: 'handshake failure' },
    },
    {
      name: 'protocol version alert',
      input: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      want: { failure: 'alert', detail: 'protocol version' },
    },
    {
      name: 'other TLS error',
      input: 'ERR_SSL_UNSUPPORTED_PROTOCOL',
      want: { failure: 'failed', detail: 'ERR_SSL_UNSUPPORTED_PROTOCOL' },
    },
    { name: 'no code', input: '', want: { failure: 'failed', detail: 'unknown' } },
  ])('$name', ({ input, want }) => {
    expect(classifyError(input)).toEqual(want);
  });
});
