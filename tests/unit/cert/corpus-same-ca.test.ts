// The corpus's "same CA" pairs (see its README) give the expected decisions on real certificates.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkCertificates, type SameCa } from '../../../src/lib/cert/index.ts';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const bytes = async (file: string): Promise<Uint8Array> =>
  new Uint8Array(await readFile(new URL(file, corpus)));

const rows: { name: string; input: { reference: string; server: string }; want: SameCa }[] = [
  {
    name: 'GTS WR2 siblings',
    input: { reference: 'google.com-leaf.pem', server: 'storage.googleapis.com-leaf.pem' },
    want: 'key-id',
  },
  {
    name: 'intermediate under the supplied root',
    input: {
      reference: 'digicert-global-root-ca.der',
      server: 'digicert-tls-rsa-sha256-2020-ca1.der',
    },
    want: 'verified',
  },
  {
    name: 'sibling intermediate of a supplied CA',
    input: {
      reference: 'digicert-sha2-secure-server-ca.der',
      server: 'digicert-tls-rsa-sha256-2020-ca1.der',
    },
    want: 'different',
  },
  {
    name: 'Microsoft sibling CAs',
    input: { reference: 'adcs-microsoft.com-chain.pem', server: 'adcs-bing.com-leaf.pem' },
    want: 'different',
  },
  {
    name: 'same organisation, other CA',
    input: { reference: 'google.com-leaf.pem', server: 'cloudflare.com-leaf-ecdsa.pem' },
    want: 'different',
  },
  {
    name: 'mozilla.org under its issuer',
    input: { reference: 'digicert-sha2-secure-server-ca.der', server: 'mozilla.org-leaf.crt' },
    want: 'verified',
  },
  {
    name: 'private PKI leaf under its CA',
    input: { reference: 'sanofi-technical-ca.der', server: 'sanofi-leaf.der' },
    want: 'verified',
  },
];

describe('corpus same-CA pairs', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const report = await checkCertificates({
      references: [await bytes(input.reference)],
      servers: [{ fqdn: 'server.example', input: await bytes(input.server) }],
      at: new Date('2026-06-01T00:00:00Z'),
    });
    expect(report.servers[0]?.sameCa).toBe(want);
  });
});
