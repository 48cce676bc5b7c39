// Keys whose every signature check costs far more than an ordinary one (issue 25 fault 4): RSA
// keys with public exponents of thousands of bits, or moduli of 16,384 bits. No private key is
// needed: a check with such a key does all of its work before it finds that a signature of the
// right length does not match, so the certificates here carry random signatures.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  Name,
  Pkcs10CertificateRequestGenerator,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  type Extension,
  type JsonNameParams,
} from '@peculiar/x509';
import { signatureOid } from '../../../src/lib/cert/oids.ts';
import { integerDer, oidDer, rewriteSigned, tlv } from '../pki/der-surgery.ts';
import { anyCertificate, nextSerial, type Signing } from '../pki/impostor-pki.ts';
import { certificatePem, type TestCert } from '../pki/issue.ts';
import { generateKeys } from '../pki/keys.ts';

/** A random odd integer of exactly `bits` bits. */
function randomOdd(bits: number): bigint {
  const bytes = randomBytes(Math.ceil(bits / 8));
  let value = BigInt(`0x${bytes.toString('hex')}`) >> BigInt(bytes.length * 8 - bits);
  value |= (1n << BigInt(bits - 1)) | 1n;
  return value;
}

/** An RSA SubjectPublicKeyInfo with a random `modulusBits` modulus and the given exponent. */
export function rsaSpki(modulusBits: number, exponent: bigint): Uint8Array<ArrayBuffer> {
  const algorithm = tlv(0x30, oidDer('1.2.840.113549.1.1.1'), new Uint8Array([0x05, 0x00]));
  const key = tlv(0x30, integerDer(randomOdd(modulusBits)), integerDer(exponent));
  return tlv(0x30, algorithm, tlv(0x03, new Uint8Array([0]), key));
}

/** An exponent of exactly `bits` bits (odd): 65537 for 17. */
export const exponentOf = (bits: number): bigint => (bits === 17 ? 65537n : randomOdd(bits));

/** sha256WithRSAEncryption with a random signature below any modulus of `modulusBits` bits. */
export const randomRsaSignature = (modulusBits: number): Signing => ({
  identifier: tlv(0x30, oidDer(signatureOid.sha256WithRsa), new Uint8Array([0x05, 0x00])),
  sign: () => {
    const signature = randomBytes(Math.ceil(modulusBits / 8));
    signature[0] = 0;
    return signature;
  },
});

/** A CA certificate holding `spki`; a key identifier only when one is given. */
export function costlyCa(name: JsonNameParams, spki: Uint8Array<ArrayBuffer>, keyId?: string) {
  const extensions: Extension[] = [new BasicConstraintsExtension(true, undefined, true)];
  if (keyId) extensions.push(new SubjectKeyIdentifierExtension(keyId));
  return anyCertificate({
    serial: nextSerial(),
    subject: name,
    issuer: name,
    spki,
    signing: randomRsaSignature(2048),
    extensions,
  });
}

const leafKeys = generateKeys('p256');

/** A server certificate "signed" by a CA key of `modulusBits` bits; an AKI when one is given. */
export async function costlyLeaf(
  fqdn: string,
  issuer: JsonNameParams,
  modulusBits: number,
  authorityKeyId?: string,
): Promise<TestCert> {
  const extensions: Extension[] = [
    new SubjectAlternativeNameExtension([{ type: 'dns', value: fqdn }]),
  ];
  if (authorityKeyId) extensions.push(new AuthorityKeyIdentifierExtension(authorityKeyId));
  const spki = new Uint8Array(
    await globalThis.crypto.subtle.exportKey('spki', (await leafKeys).publicKey),
  );
  return anyCertificate({
    serial: nextSerial(),
    subject: [{ CN: [fqdn] }],
    issuer,
    spki,
    signing: randomRsaSignature(modulusBits),
    extensions,
  });
}

/** A certificate request for `fqdn` carrying `spki`, with a random signature of its size. */
export async function costlyRequest(
  fqdn: string,
  spki: Uint8Array<ArrayBuffer>,
  modulusBits: number,
): Promise<TestCert> {
  const keys = await leafKeys;
  const drafted = await Pkcs10CertificateRequestGenerator.create({
    name: new Name([{ CN: [fqdn] }]).toString(),
    keys,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
    extensions: [new SubjectAlternativeNameExtension([{ type: 'dns', value: fqdn }])],
  });
  const signing = randomRsaSignature(modulusBits);
  const der = rewriteSigned(new Uint8Array(drafted.rawData), 'request', {
    spki,
    algorithm: signing.identifier,
    sign: signing.sign,
  });
  const pem = certificatePem(der).replace(/CERTIFICATE/g, 'CERTIFICATE REQUEST');
  return { der, pem, keyId: null };
}
