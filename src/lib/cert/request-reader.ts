// The only module that touches @peculiar/x509: it reads a PKCS#10 certificate request
// and turns it into the plain RequestInfo of types.ts; every exception of the library becomes a
// null result. It is loaded only through a dynamic import (request-input.ts), so the library is a
// chunk of its own that checking certificates never loads.
import 'reflect-metadata';
import {
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  Pkcs10CertificateRequest,
  SubjectAlternativeNameExtension,
  type Extension,
} from '@peculiar/x509';
import type { RequestInfo } from './types.ts';
import { signatureScheme } from './algorithms.ts';
import {
  contentOf,
  derTag,
  encodingOf,
  readChildren,
  readOid,
  readSmallInt,
  readTlv,
} from './der.ts';
import { sha256Hex } from './hex.ts';
import { publicKeyInfo } from './public-key-info.ts';
import { requestParts } from './request-parts.ts';
import { distinguishedNameFromDer } from './x509-adapter.ts';

/** Microsoft's certificate template extensions: the template's name (v1), its OID (v2). */
const templateNameOid = '1.3.6.1.4.1.311.20.2';
const templateInfoOid = '1.3.6.1.4.1.311.21.7';

/** Text of a directory string, whichever string type Windows wrote (BMPString usually). */
function stringText(bytes: Uint8Array): string | null {
  const tlv = readTlv(bytes, 0);
  if (!tlv) return null;
  const content = contentOf(bytes, tlv);
  if (tlv.tag === 0x1e) return new TextDecoder('utf-16be', { fatal: true }).decode(content);
  // UTF8String, PrintableString, IA5String; any other type names no template.
  if (![0x0c, 0x13, 0x16].includes(tlv.tag)) return null;
  return new TextDecoder('utf-8', { fatal: true }).decode(content);
}

/** "OID (major.minor)" of a CertificateTemplate SEQUENCE { templateID, major, minor? }. */
function templateInfoText(bytes: Uint8Array): string | null {
  const outer = readTlv(bytes, 0);
  const [id, major, minor] = (outer && readChildren(bytes, outer)) ?? [];
  const oid = readOid(bytes, id);
  if (oid === null) return null;
  const version = [readSmallInt(bytes, major), readSmallInt(bytes, minor)].filter(
    (v) => v !== null,
  );
  return version.length > 0 ? `${oid} (${version.join('.')})` : oid;
}

/** The template the request names: the name extension first, then the template information. */
function templateOf(extensions: readonly Extension[]): string | null {
  const value = (oid: string): Uint8Array | null => {
    const found = extensions.find((extension) => extension.type === oid);
    return found ? new Uint8Array(found.value) : null;
  };
  const name = value(templateNameOid);
  const info = value(templateInfoOid);
  return (name && stringText(name)) ?? (info && templateInfoText(info)) ?? null;
}

/** The subject Name and signature algorithm OID, sliced from the request's own bytes. */
function namedParts(der: Uint8Array): { subject: Uint8Array; signatureOid: string } | null {
  const outer = readTlv(der, 0);
  const [tbs, algorithm] = (outer && readChildren(der, outer)) ?? [];
  const subject = tbs && readChildren(der, tbs)?.[1];
  const signatureOid = algorithm && readOid(der, readChildren(der, algorithm)?.[0]);
  if (subject?.tag !== derTag.sequence || !signatureOid) return null;
  return { subject: encodingOf(der, subject), signatureOid };
}

/**
 * Reads one request's DER; null when it is not a valid PKCS#10 request. Its signature is checked
 * with the run's other signatures (check-request.ts), counted against the same cap.
 */
export async function readRequest(der: Uint8Array, crypto: Crypto): Promise<RequestInfo | null> {
  const digest = sha256Hex(der, crypto);
  digest.catch(() => undefined);
  try {
    const parts = namedParts(der);
    // The key as encoded in the request, and what its own signature covers.
    const sliced = requestParts(der);
    if (!parts || !sliced) return null;
    const { subjectPublicKeyInfo: spki, ...signed } = sliced;
    const request = new Pkcs10CertificateRequest(der.slice());
    const extensions = request.extensions;
    const san = extensions.find((e) => e instanceof SubjectAlternativeNameExtension);
    const eku = extensions.find((e) => e instanceof ExtendedKeyUsageExtension);
    const constraints = extensions.find((e) => e instanceof BasicConstraintsExtension);
    return {
      der,
      signed,
      subject: distinguishedNameFromDer(parts.subject),
      dnsNames: san ? san.names.items.filter((n) => n.type === 'dns').map((n) => n.value) : null,
      extendedKeyUsage: eku ? eku.usages.map(String) : null,
      isCa: constraints?.ca ?? false,
      publicKey: publicKeyInfo(spki),
      signatureAlgorithm: {
        oid: parts.signatureOid,
        name: signatureScheme(parts.signatureOid).name,
      },
      subjectPublicKeyInfo: spki,
      template: templateOf(extensions),
      sha256: await digest,
    };
  } catch {
    return null;
  }
}
