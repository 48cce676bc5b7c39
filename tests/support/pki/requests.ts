// PKCS#10 certificate requests for the checker's request tests: one per row of the request rules
// (docs/checker-contract.md, "Requests"), generated with @peculiar/x509 and never stored.
import 'reflect-metadata';
import {
  ExtendedKeyUsageExtension,
  Extension,
  Pkcs10CertificateRequestGenerator,
  SubjectAlternativeNameExtension,
} from '@peculiar/x509';
import { generateKeys, signingKey, type KeyKind, type SigningScheme } from './keys.ts';

const serverAuth = '1.3.6.1.5.5.7.3.1';
const clientAuth = '1.3.6.1.5.5.7.3.2';

/** A generated request as PEM text (`BEGIN CERTIFICATE REQUEST`) and DER bytes. */
export interface TestRequest {
  readonly fqdn: string;
  readonly pem: string;
  readonly der: Uint8Array<ArrayBuffer>;
}

/** How one request differs from the default (RSA 2048, SHA-256, SAN = its FQDN, server EKU). */
interface RequestSpec {
  readonly fqdn: string;
  readonly dnsNames?: readonly string[] | null;
  readonly eku?: readonly string[] | null;
  readonly key?: KeyKind;
  readonly scheme?: SigningScheme;
  /** Microsoft's template extension: a v1 template name, or a v2 template OID with versions. */
  readonly template?: { readonly name: string } | { readonly oid: string };
  /** Flip the signature's last byte after signing. */
  readonly tampered?: boolean;
}

/** Every request, by name. */
export const requestSpecs = {
  good: { fqdn: 'pchat01.contoso.com' },
  wildcard: { fqdn: 'pchat13.contoso.com', dnsNames: ['*.contoso.com'] },
  noSan: { fqdn: 'pchat11.contoso.com', dnsNames: null },
  rsa1024: { fqdn: 'pchat22.contoso.com', key: 'rsa1024' },
  pss: { fqdn: 'pchat28.contoso.com', scheme: 'pss' },
  ekuClientOnly: { fqdn: 'pchat21.contoso.com', eku: [clientAuth] },
  ekuNone: { fqdn: 'pchat20.contoso.com', eku: null },
  templateName: { fqdn: 'pchat32.contoso.com', eku: null, template: { name: 'WebServer' } },
  templateOid: {
    fqdn: 'pchat33.contoso.com',
    eku: null,
    template: { oid: '1.3.6.1.4.1.311.21.8.1.2' },
  },
  tampered: { fqdn: 'pchat01.contoso.com', tampered: true },
  ecdsaP256: { fqdn: 'pchat23.contoso.com', key: 'p256' },
  ecdsaP384: { fqdn: 'pchat24.contoso.com', key: 'p384', scheme: 'sha384' },
} satisfies Record<string, RequestSpec>;

/** Names of the requests. */
export type RequestName = keyof typeof requestSpecs;

/** DER of one TLV with a short or long definite length. */
function tlv(tag: number, content: readonly number[]): number[] {
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return [tag, ...length, ...content];
}

/** DER content of an OID. */
function oidContent(oid: string): number[] {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) base128.unshift((value & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return bytes;
}

/** The template extension as Windows writes it. */
function templateExtension(template: NonNullable<RequestSpec['template']>): Extension {
  if ('name' in template) {
    const utf16 = [...template.name].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    return new Extension('1.3.6.1.4.1.311.20.2', false, new Uint8Array(tlv(0x1e, utf16)));
  }
  const info = [...tlv(0x06, oidContent(template.oid)), ...tlv(0x02, [100]), ...tlv(0x02, [5])];
  return new Extension('1.3.6.1.4.1.311.21.7', false, new Uint8Array(tlv(0x30, info)));
}

function toPem(der: Uint8Array): string {
  const base64 = btoa(String.fromCharCode(...der));
  const lines = (base64.match(/.{1,64}/g) ?? []).join('\n');
  return `-----BEGIN CERTIFICATE REQUEST-----\n${lines}\n-----END CERTIFICATE REQUEST-----\n`;
}

/** Generates one request. */
async function createRequest(spec: RequestSpec, keys: CryptoKeyPair): Promise<TestRequest> {
  const signing = await signingKey(keys, spec.scheme ?? 'sha256');
  const dnsNames = spec.dnsNames === undefined ? [spec.fqdn] : spec.dnsNames;
  const eku = spec.eku === undefined ? [serverAuth] : spec.eku;
  const extensions: Extension[] = [];
  if (dnsNames) {
    extensions.push(
      new SubjectAlternativeNameExtension(
        dnsNames.map((value) => ({ type: 'dns' as const, value })),
      ),
    );
  }
  if (eku) extensions.push(new ExtendedKeyUsageExtension([...eku]));
  if (spec.template) extensions.push(templateExtension(spec.template));
  const request = await Pkcs10CertificateRequestGenerator.create({
    name: `CN=${spec.fqdn}, O=Contoso, C=DE`,
    keys: { publicKey: keys.publicKey, privateKey: signing.key },
    signingAlgorithm: signing.algorithm,
    extensions,
  });
  const der = new Uint8Array(request.rawData);
  if (spec.tampered) der[der.length - 1] = (der[der.length - 1] ?? 0) ^ 0x01;
  return { fqdn: spec.fqdn, pem: toPem(der), der };
}

let memo: Promise<Readonly<Record<RequestName, TestRequest>>> | null = null;

/** Every test request, generated once per process. */
export function createTestRequests(): Promise<Readonly<Record<RequestName, TestRequest>>> {
  memo ??= (async () => {
    const keys: Partial<Record<KeyKind, CryptoKeyPair>> = {};
    const requests: Partial<Record<RequestName, TestRequest>> = {};
    for (const [name, spec] of Object.entries(requestSpecs) as [RequestName, RequestSpec][]) {
      const kind = spec.key ?? 'rsa2048';
      requests[name] = await createRequest(spec, (keys[kind] ??= await generateKeys(kind)));
    }
    return requests as Record<RequestName, TestRequest>;
  })();
  return memo;
}
