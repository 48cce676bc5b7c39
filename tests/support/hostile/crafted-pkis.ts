// The crafted PKIs of issue 9 part 1, generated (never stored): inputs whose naive checking grows
// with the square of their size; and CAs that borrow a real CA's name (issue 25). Used by the
// unit tests (small N), the bench (the largest N under the caps) and the fuzz generator.
import 'reflect-metadata';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  Extension,
  Name,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  type JsonNameParams,
} from '@peculiar/x509';
import { keyIdOf } from '../pki/issue.ts';
import { generateKeys } from '../pki/keys.ts';
import { pkcs7Der } from '../pki/bundles.ts';
import type { TestCert } from '../pki/issue.ts';

/** How the same-name CAs and their leaves carry key identifiers. */
export type KeyIdShape =
  /** Each CA's SKI is its key's hash; each leaf's AKI names its own CA: one candidate per leaf. */
  | 'own-key-ids'
  /** No SKI, no AKI: names are all there is, every CA is a candidate for every leaf. */
  | 'no-key-ids'
  /** Every CA claims one SKI and every leaf names it: key ids allow every pair. */
  | 'shared-key-id';

/** A crafted PKI as one PKCS#7 bundle, with its parts. */
export interface CraftedPki {
  readonly bundle: Uint8Array;
  readonly leaves: readonly TestCert[];
  readonly cas: readonly TestCert[];
}

const notBefore = new Date('2026-01-01T00:00:00Z');
const notAfter = new Date('2027-01-01T00:00:00Z');
const ecdsa = { name: 'ECDSA', hash: 'SHA-256' } as const;
const sharedKeyId = 'aa'.repeat(20);

/** One certificate signed with ECDSA P-256 and nothing but the extensions given. */
async function make(
  serial: number,
  subject: JsonNameParams,
  issuer: JsonNameParams,
  publicKey: CryptoKey,
  signingKey: CryptoKey,
  extensions: Extension[],
): Promise<TestCert> {
  const cert = await X509CertificateGenerator.create({
    serialNumber: serial.toString(16).padStart(4, '0'),
    subject: new Name(subject),
    issuer: new Name(issuer),
    notBefore,
    notAfter,
    publicKey,
    signingKey,
    signingAlgorithm: ecdsa,
    extensions,
  });
  const ski = extensions.find((e) => e instanceof SubjectKeyIdentifierExtension);
  return {
    pem: cert.toString('pem'),
    der: new Uint8Array(cert.rawData),
    keyId: ski ? ski.keyId : null,
  };
}

/**
 * N leaves issued by `CN=A` and N CA certificates with subject `CN=A`, each CA with its own key
 * and signing one leaf; all in one PKCS#7, leaves first (issue 9 part 1).
 */
export async function sameNameCas(n: number, shape: KeyIdShape): Promise<CraftedPki> {
  const caName: JsonNameParams = [{ CN: ['A'] }];
  const leafKeys = await generateKeys('p256');
  const leaves: TestCert[] = [];
  const cas: TestCert[] = [];
  for (let i = 0; i < n; i += 1) {
    const keys = await generateKeys('p256');
    const keyId =
      shape === 'own-key-ids'
        ? await keyIdOf(keys.publicKey)
        : shape === 'shared-key-id'
          ? sharedKeyId
          : null;
    const caExtensions: Extension[] = [new BasicConstraintsExtension(true, undefined, true)];
    const leafExtensions: Extension[] = [];
    if (keyId) {
      caExtensions.push(new SubjectKeyIdentifierExtension(keyId));
      leafExtensions.push(new AuthorityKeyIdentifierExtension(keyId));
    }
    cas.push(await make(2 * i + 1, caName, caName, keys.publicKey, keys.privateKey, caExtensions));
    leaves.push(
      await make(
        2 * i + 2,
        [{ CN: [`l${i}`] }],
        caName,
        leafKeys.publicKey,
        keys.privateKey,
        leafExtensions,
      ),
    );
  }
  return { bundle: pkcs7Der(...leaves, ...cas), leaves, cas };
}

/** `count` self-issued CA certificates, each with its own key, all named `repeat` × U+FDFA. */
export async function longNameCas(count: number, repeat: number): Promise<CraftedPki> {
  const name: JsonNameParams = [{ CN: [{ utf8String: '\ufdfa'.repeat(repeat) }] }];
  const cas: TestCert[] = [];
  for (let i = 0; i < count; i += 1) {
    const keys = await generateKeys('p256');
    cas.push(
      await make(i + 1, name, name, keys.publicKey, keys.privateKey, [
        new BasicConstraintsExtension(true, undefined, true),
        new SubjectKeyIdentifierExtension(await keyIdOf(keys.publicKey)),
      ]),
    );
  }
  return { bundle: pkcs7Der(...cas), leaves: [], cas };
}

/**
 * `count` self-issued CA certificates that borrow `ca`'s name and key identifier, each with a
 * key of its own (issue 25, fault 3): a server may present any number of them after its leaf,
 * and each is a candidate issuer that a check must rule out by its signature.
 */
export async function borrowedNameCas(
  count: number,
  ca: { readonly name: JsonNameParams; readonly keyId: string | null },
): Promise<TestCert[]> {
  const extensions = (): Extension[] => [
    new BasicConstraintsExtension(true, undefined, true),
    ...(ca.keyId === null ? [] : [new SubjectKeyIdentifierExtension(ca.keyId)]),
  ];
  const cas: TestCert[] = [];
  for (let i = 0; i < count; i += 1) {
    const keys = await generateKeys('p256');
    cas.push(
      await make(0x5000 + i, ca.name, ca.name, keys.publicKey, keys.privateKey, extensions()),
    );
  }
  return cas;
}
