// Builds multi-certificate fixtures: PEM chains and PKCS#7 certs-only bundles (DER and PEM).
import 'reflect-metadata';
import { X509Certificate, X509Certificates } from '@peculiar/x509';
import type { TestCert } from './issue.ts';

/** Concatenated PEM of several certificates. */
export function pemChain(...certs: readonly TestCert[]): string {
  return certs.map((c) => c.pem.trim()).join('\n') + '\n';
}

/** A PKCS#7 certs-only bundle (.p7b) as DER bytes. */
export function pkcs7Der(...certs: readonly TestCert[]): Uint8Array {
  const bundle = new X509Certificates(certs.map((c) => new X509Certificate(c.der)));
  return new Uint8Array(bundle.export('raw'));
}

/** A PKCS#7 certs-only bundle as PEM text (`-----BEGIN PKCS7-----`). */
export function pkcs7Pem(...certs: readonly TestCert[]): string {
  const base64 = btoa(String.fromCharCode(...pkcs7Der(...certs)));
  return `-----BEGIN PKCS7-----\n${(base64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END PKCS7-----\n`;
}

/** UTF-8 bytes of a text, as the front ends pass texts to the core. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
