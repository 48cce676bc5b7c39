// Reads key type, size and curve from SubjectPublicKeyInfo DER, for any algorithm: unusual keys
// (Ed448, ML-DSA, explicit EC parameters, DSA) must still parse so that their checks can fail.
import type { PublicKeyInfo } from './types.ts';
import { curveNames } from './algorithms.ts';
import { keyOid } from './oids.ts';
import { rsaPublicKey } from './rsa-public-key.ts';
import { contentOf, derTag, integerBits, readChildren, readOid, readTlv } from './der.ts';

const kinds: Readonly<Record<string, PublicKeyInfo['kind']>> = {
  [keyOid.rsa]: 'rsa',
  [keyOid.rsaPss]: 'rsa-pss',
  [keyOid.ec]: 'ec',
  [keyOid.ed25519]: 'ed25519',
  [keyOid.ed448]: 'ed448',
  [keyOid.dsa]: 'dsa',
};

/** Facts about a SubjectPublicKeyInfo, given its DER encoding. */
export function publicKeyInfo(spki: Uint8Array): PublicKeyInfo {
  const outer = readTlv(spki, 0);
  const [algorithm, key] = (outer && readChildren(spki, outer)) ?? [];
  const algFields = algorithm ? readChildren(spki, algorithm) : null;
  const oid = readOid(spki, algFields?.[0]) ?? '';
  const kind = kinds[oid] ?? 'other';
  const params = algFields?.[1];
  if ((kind === 'rsa' || kind === 'rsa-pss') && key?.tag === derTag.bitString) {
    return { kind, oid, bits: rsaPublicKey(spki)?.modulusBits ?? null, curve: null };
  }
  if (kind === 'ec') {
    const curveOid = readOid(spki, params);
    const curve = curveOid ? curveNames[curveOid] : undefined;
    return { kind, oid, bits: curve?.bits ?? null, curve: curve?.name ?? curveOid };
  }
  if (kind === 'dsa' && params?.tag === derTag.sequence) {
    const p = readChildren(spki, params)?.[0];
    return { kind, oid, bits: p ? integerBits(contentOf(spki, p)) : null, curve: null };
  }
  const fixedBits = kind === 'ed25519' ? 256 : kind === 'ed448' ? 456 : null;
  return { kind, oid, bits: fixedBits, curve: null };
}
