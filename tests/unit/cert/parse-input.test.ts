// Input formats are detected by content and named in the result; refusals and errors are typed
// rows.
import { describe, expect, it } from 'vitest';
import { maxInputBytes, parseInput } from '../../../src/lib/cert/index.ts';
import { createTestPki, pemChain, pkcs7Der, pkcs7Pem, utf8 } from '../../support/pki/index.ts';

const pki = await createTestPki();
const { frontEnd, pchat } = pki.leaves;
const { issuingCa1, root } = pki.cas;
const chain = pemChain(frontEnd, issuingCa1, root);
const base64Of = (der: Uint8Array): string => btoa(String.fromCharCode(...der));

/** UTF-16 bytes with a byte order mark. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
  return bytes;
}

const publicKeyPem = `-----BEGIN PUBLIC KEY-----\n${base64Of(
  new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', issuingCa1.keys.publicKey)),
)}\n-----END PUBLIC KEY-----\n`;

const okRows = [
  { name: 'PEM, one certificate', input: utf8(frontEnd.pem), want: [1, 'pem'] },
  { name: 'PEM chain', input: utf8(chain), want: [3, 'pem'] },
  { name: 'PEM chain with CRLF', input: utf8(chain.replace(/\n/g, '\r\n')), want: [3, 'pem'] },
  { name: 'PEM chain with CR only', input: utf8(chain.replace(/\n/g, '\r')), want: [3, 'pem'] },
  {
    name: 'PEM with text around',
    input: utf8(`Subject: fe01\nIssuer: CA 1\n${chain}\n-- \nregards`),
    want: [3, 'pem'],
  },
  { name: 'PEM quoted in an e-mail', input: utf8(chain.replace(/^/gm, '> ')), want: [3, 'pem'] },
  {
    name: 'X509 CERTIFICATE label',
    input: utf8(frontEnd.pem.replace(/CERTIFICATE/g, 'X509 CERTIFICATE')),
    want: [1, 'pem'],
  },
  { name: 'UTF-8 with BOM', input: utf8(`\ufeff${chain}`), want: [3, 'pem'] },
  { name: 'UTF-16 LE with BOM', input: utf16(chain, false), want: [3, 'pem'] },
  { name: 'UTF-16 BE with BOM', input: utf16(chain, true), want: [3, 'pem'] },
  { name: 'DER', input: frontEnd.der, want: [1, 'der'] },
  { name: 'base64 DER, one line', input: utf8(base64Of(frontEnd.der)), want: [1, 'base64'] },
  {
    name: 'base64 DER, wrapped',
    input: utf8((base64Of(frontEnd.der).match(/.{1,76}/g) ?? []).join('\r\n')),
    want: [1, 'base64'],
  },
  { name: 'PKCS#7 DER', input: pkcs7Der(frontEnd, issuingCa1, root), want: [3, 'pkcs7'] },
  { name: 'PKCS#7 PEM', input: utf8(pkcs7Pem(pchat, issuingCa1)), want: [2, 'pkcs7'] },
  {
    name: 'PKCS#7 with CMS armor',
    input: utf8(pkcs7Pem(pchat).replace(/PKCS7/g, 'CMS')),
    want: [1, 'pkcs7'],
  },
];

describe('parseInput accepts, and names the format it read', () => {
  it.each(okRows)('$name', async ({ input, want }) => {
    const result = await parseInput(input);
    expect(result.ok ? [result.certificates.length, result.format] : result.error.code).toEqual(
      want,
    );
  });
});

// The worker passes a field's text as it is (issue 24: encoding 200 chains to UTF-8 and decoding
// them again cost milliseconds); it must read exactly as its UTF-8 bytes do.
describe("parseInput reads a field's text as its UTF-8 bytes", () => {
  it.each([
    { name: 'a PEM chain', input: chain },
    { name: 'a byte order mark first', input: `\ufeff${chain}` },
    { name: 'a NUL inside', input: `${chain}\0` },
    { name: 'a lone surrogate', input: `${chain}\ud800` },
    { name: 'a zero first (a DER header as text)', input: `0${chain}` },
    { name: 'bare base64', input: base64Of(frontEnd.der) },
    { name: 'over the size cap', input: chain.repeat(Math.ceil(maxInputBytes / chain.length)) },
    { name: 'nothing', input: '' },
  ])('$name', async ({ input }) => {
    expect(await parseInput(input)).toEqual(await parseInput(utf8(input)));
  });
});

const truncated = frontEnd.der.subarray(0, frontEnd.der.length - 20);
const errorRows = [
  { name: 'empty', input: new Uint8Array(), want: 'empty' },
  { name: 'whitespace', input: utf8(' \n\t\r\n '), want: 'empty' },
  { name: 'too large', input: new Uint8Array(maxInputBytes + 1), want: 'too-large' },
  { name: 'private key alone', input: utf8(pki.privateKeyPem), want: 'private-key' },
  {
    name: 'certificate plus private key',
    input: utf8(chain + pki.privateKeyPem),
    want: 'private-key',
  },
  {
    name: 'RSA private key label',
    input: utf8(pki.privateKeyPem.replace(/PRIVATE/g, 'RSA PRIVATE')),
    want: 'private-key',
  },
  {
    name: 'encrypted private key label',
    input: utf8(pki.privateKeyPem.replace(/PRIVATE/g, 'ENCRYPTED PRIVATE')),
    want: 'private-key',
  },
  {
    name: 'broken base64 in PEM',
    input: utf8(frontEnd.pem.replace(/\n([A-Za-z0-9+/]{10})/, '\n$1!!')),
    want: 'bad-base64',
  },
  { name: 'truncated DER', input: truncated, want: 'malformed' },
  {
    name: 'truncated base64 DER',
    input: utf8(base64Of(truncated.subarray(0, 600))),
    want: 'malformed',
  },
  { name: 'public key PEM', input: utf8(publicKeyPem), want: 'not-a-certificate' },
  { name: 'plain prose', input: utf8('This is not a certificate at all.'), want: 'no-certificate' },
  { name: 'empty PKCS#7', input: pkcs7Der(), want: 'no-certificate' },
  { name: 'UTF-16 without BOM', input: utf16(chain, false).subarray(2), want: 'bad-encoding' },
];

describe('parseInput refuses', () => {
  it.each(errorRows)('$name', async ({ input, want }) => {
    const result = await parseInput(input);
    expect(result.ok ? 'ok' : result.error.code).toBe(want);
    if (!result.ok) expect(result.error.message.key).toBe(`input.error.${want}`);
  });
});

describe('parsed facts', () => {
  it('reads names, identifiers and extensions as plain data', async () => {
    const result = await parseInput(utf8(pki.leaves.umlautUtf8.pem));
    const cert = result.ok ? result.certificates[0] : undefined;
    expect(cert?.subject.text).toBe('CN=pchat30.contoso.com, O=Bäckerei Größe');
    expect(cert?.issuer.text).toBe('CN=Contoso Issuing CA 1, O=Contoso Müller GmbH, C=DE');
    expect(cert?.authorityKeyId).toBe(issuingCa1.keyId);
    expect(cert?.dnsNames).toEqual(['pchat30.contoso.com']);
    expect(cert?.crlDistributionPoints).toEqual(['http://pki.contoso.com/crl/issuing.crl']);
    expect(cert?.publicKey).toMatchObject({ kind: 'rsa', bits: 2048 });
    expect(cert?.isCa).toBe(false);
  });
});
