// The hostile shapes the bench measures. Issue 9 part 1: one PKCS#7 reference holding N
// certificates issued by `CN=A` and N CA certificates named `CN=A`, each CA with its own key.
// Issue 25: huge RSA exponents and moduli, more certificate requests than the cap, impostor CAs.
import 'reflect-metadata';
import { Pkcs10CertificateRequestGenerator, SubjectAlternativeNameExtension } from '@peculiar/x509';
import {
  costlyCa,
  costlyLeaf,
  costlyRequest,
  exponentOf,
  rsaSpki,
} from '../support/hostile/costly-keys.ts';
import { anyKeys } from '../support/pki/any-algorithm.ts';
import {
  algorithmLabelled,
  anyCa,
  anyLeaf,
  caPair,
  nextSerial,
} from '../support/pki/impostor-pki.ts';
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';
import { pkcs7Der, type TestCert } from '../support/pki/index.ts';

const notBefore = new Date('2026-01-01T00:00:00Z');
const notAfter = new Date('2027-01-01T00:00:00Z');

/** The N × N reference bundle as DER bytes. */
export async function sameNameCaBundle(n: number): Promise<Uint8Array> {
  const certificates: TestCert[] = [];
  for (let index = 0; index < n; index += 1) {
    const caKeys = await generateKeys('p256');
    const leafKeys = await generateKeys('p256');
    const serial = (index + 1).toString(16).padStart(4, '0');
    certificates.push(
      await issue({
        serial: `a${serial}`,
        subject: [{ CN: ['A'] }],
        publicKey: caKeys.publicKey,
        issuerKeys: caKeys,
        notBefore,
        notAfter,
        ca: true,
      }),
      await issue({
        serial: `b${serial}`,
        subject: [{ CN: [`leaf${index}.example.invalid`] }],
        issuerName: [{ CN: ['A'] }],
        publicKey: leafKeys.publicKey,
        issuerKeys: caKeys,
        notBefore,
        notAfter,
        dnsNames: [`leaf${index}.example.invalid`],
      }),
    );
  }
  return pkcs7Der(...certificates);
}

/** One worst case as the CLI takes it: one reference input and the servers, each with its FQDN. */
export interface WorstInput {
  readonly reference: Uint8Array;
  readonly servers: readonly { readonly fqdn: string; readonly input: Uint8Array }[];
}

/** A reference CA of ordinary keys (P-256) and its name, for the request and impostor cases. */
async function ordinaryCa() {
  return (await caPair('p256')).genuine;
}

/** A bundle as the reference, and its first leaf (named leaf0.example.invalid) as the server. */
function withFirstLeaf(certificates: readonly TestCert[]): WorstInput {
  const leaf = certificates[1];
  return {
    reference: pkcs7Der(...certificates),
    servers: [{ fqdn: 'leaf0.example.invalid', input: leaf?.der ?? new Uint8Array() }],
  };
}

/**
 * Issue 25 fault 4: N CA certificates with 3,072-bit RSA keys whose exponents have
 * `exponentBits` bits, each with its own key identifier, and one leaf under each (one PKCS#7).
 */
export async function hugeExponentBundle(n: number, exponentBits: number): Promise<WorstInput> {
  const certificates: TestCert[] = [];
  for (let i = 0; i < n; i += 1) {
    const name = [{ CN: [`Huge exponent CA ${i}`] }];
    const keyId = (i + 1).toString(16).padStart(40, '0');
    certificates.push(await costlyCa(name, rsaSpki(3072, exponentOf(exponentBits)), keyId));
    certificates.push(await costlyLeaf(`leaf${i}.example.invalid`, name, 3072, keyId));
  }
  return withFirstLeaf(certificates);
}

/** Issue 25 fault 4: `count` servers, each a leaf of one CA whose RSA exponent has 3,000 bits. */
export async function serversUnderHugeExponent(count: number): Promise<WorstInput> {
  const name = [{ CN: ['Huge exponent CA'] }];
  const keyId = 'ee'.repeat(20);
  const ca = await costlyCa(name, rsaSpki(3072, exponentOf(3000)), keyId);
  const servers = [];
  for (let i = 0; i < count; i += 1) {
    const fqdn = `pchat${i}.example.invalid`;
    servers.push({ fqdn, input: (await costlyLeaf(fqdn, name, 3072, keyId)).der });
  }
  return { reference: ca.der, servers };
}

/** Issue 25 fault 4: `count` certificate requests, each with its own 3,000-bit RSA exponent. */
export async function hugeExponentRequests(count: number): Promise<WorstInput> {
  const servers = [];
  for (let i = 0; i < count; i += 1) {
    const fqdn = `pchat${i}.example.invalid`;
    const spki = rsaSpki(3072, exponentOf(3000));
    servers.push({ fqdn, input: (await costlyRequest(fqdn, spki, 3072)).der });
  }
  return { reference: (await ordinaryCa()).der, servers };
}

/** Issue 25 fault 4: `count` ordinary certificate requests (P-256), more than the cap. */
export async function manyRequests(count: number): Promise<WorstInput> {
  const keys = await generateKeys('p256');
  const servers = [];
  for (let i = 0; i < count; i += 1) {
    const fqdn = `pchat${i}.example.invalid`;
    const request = await Pkcs10CertificateRequestGenerator.create({
      name: `CN=${fqdn}`,
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
      extensions: [new SubjectAlternativeNameExtension([{ type: 'dns', value: fqdn }])],
    });
    servers.push({ fqdn, input: new Uint8Array(request.rawData) });
  }
  return { reference: (await ordinaryCa()).der, servers };
}

/**
 * Issue 25 fault 1: one server whose chain holds `count` impostor CAs, each copying the reference
 * CA's name and key identifier with a key of its own; the first one signed the server.
 */
export async function impostorChain(count: number): Promise<WorstInput> {
  const genuine = await ordinaryCa();
  const impostors = [];
  for (let i = 0; i < count; i += 1) {
    impostors.push(await anyCa(nextSerial(), genuine.name, anyKeys('p256'), genuine.keys.keyId));
  }
  const signer = impostors[0]?.keys ?? genuine.keys;
  const fqdn = 'pchat01.example.invalid';
  const leaf = await anyLeaf(
    fqdn,
    genuine,
    signer,
    algorithmLabelled('ecdsa-with-SHA256 on P-256'),
  );
  return { reference: genuine.der, servers: [{ fqdn, input: pkcs7Der(leaf, ...impostors) }] };
}

/** Issue 25 fault 4: K CAs and K leaves, no key identifiers, 16,384-bit keys, exponent 2³² − 1. */
export async function costlyKeyBundle(k: number): Promise<WorstInput> {
  const name = [{ CN: ['Costly CA'] }];
  const certificates: TestCert[] = [];
  for (let i = 0; i < k; i += 1) {
    certificates.push(await costlyCa(name, rsaSpki(16384, 2n ** 32n - 1n)));
    certificates.push(await costlyLeaf(`leaf${i}.example.invalid`, name, 16384));
  }
  return withFirstLeaf(certificates);
}
