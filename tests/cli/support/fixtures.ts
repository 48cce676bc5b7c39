// Certificate files for the CLI tests, generated from the shared test PKI into a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki, pemChain, pkcs7Der, pkiNow } from '../../support/pki/index.ts';

/** File names (inside `dir`) of every fixture. */
export interface CliFixtures {
  readonly dir: string;
  readonly now: string;
  readonly path: (name: string) => string;
  readonly pchatPem: string;
}

/** Writes the fixtures once per test file and returns their folder. */
export async function writeFixtures(): Promise<CliFixtures> {
  const pki = await createTestPki();
  const { cas, leaves } = pki;
  const dir = mkdtempSync(join(tmpdir(), 'pchat-certs-cli-'));
  const utf16le = (text: string): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    }
    return bytes;
  };
  const files: Record<string, string | Uint8Array> = {
    'frontend.pem': pemChain(leaves.frontEnd, cas.issuingCa1),
    'issuing-ca.cer': cas.issuingCa1.der,
    'pchat.pem': leaves.pchat.pem,
    'pchat.der': leaves.pchat.der,
    'pchat2.p7b': pkcs7Der(leaves.pchat2, cas.issuingCa1, cas.root),
    'pchat2-utf16.pem': utf16le(leaves.pchat2.pem),
    'ca2.pem': leaves.ca2.pem,
    'expiring.pem': leaves.expiringSoon.pem,
    'expiring-today.pem': leaves.expiringToday.pem,
    'eku-mixed.pem': leaves.ekuMixed.pem,
    'no-eku.pem': leaves.ekuNone.pem,
    'expired.pem': leaves.expired.pem,
    'mismatch.pem': leaves.mismatch.pem,
    'unknown-critical.pem': leaves.unknownCritical.pem,
    'ca-as-server.pem': leaves.caAsServer.pem,
    'key.pem': pki.privateKeyPem,
    // The outline of a PKCS #12 file: version 3 and a data ContentInfo, nothing inside.
    'cert.pfx': new Uint8Array([
      0x30, 0x10, 0x02, 0x01, 0x03, 0x30, 0x0b, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d,
      0x01, 0x07, 0x01,
    ]),
    'empty.pem': '',
    'not-a-cert.txt': 'hello, world\n',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return {
    dir,
    now: pkiNow.toISOString(),
    path: (name) => join(dir, name),
    pchatPem: leaves.pchat.pem,
  };
}
