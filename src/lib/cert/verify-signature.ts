// Verifies a certificate's signature with a candidate issuer's public key (or a request's with its
// own) through the WebCrypto passed in (the platform's by default), so the same code runs in
// browsers and Node. RSA PKCS #1 v1.5 that WebCrypto cannot do (SHA-224, a key it refuses) is
// verified in code, loaded only when a signature needs it. A key of another type than the
// algorithm's cannot have made the signature: 'invalid'. What neither can verify (MD5, DSA, Ed448,
// SHA-3…) gives 'unsupported', which the caller reports as a signature that cannot be verified.
import { hashOids, signatureScheme, type HashName, type SignatureScheme } from './algorithms.ts';
import { BoundedCache } from './bounded-cache.ts';
import { bytesKey } from './bytes-key.ts';
import { importVerifyKey } from './crypto-key-cache.ts';
import { perProvider } from './crypto-provider.ts';
import { maxRsaExponentBits, rsaPublicKey, type RsaPublicKey } from './rsa-public-key.ts';
import type { CertificateInfo, PublicKeyInfo, SignedParts } from './types.ts';
import { ecdsaRaw, webCryptoParams } from './webcrypto-params.ts';

/** Outcome of one signature check. */
export type SignatureOutcome = 'valid' | 'invalid' | 'unsupported';

/**
 * A parsed certificate or request: its signature, signed bytes and signature algorithm (the outer
 * one, as read), and its digest to key them.
 */
export type SignedObject = Pick<
  CertificateInfo,
  'der' | 'signed' | 'sha256' | 'signatureAlgorithm'
>;

/** A parsed certificate's (or request's) public key, as encoded and as read. */
export type SigningKey = Pick<CertificateInfo, 'subjectPublicKeyInfo' | 'publicKey'>;

/** The key types that make signatures of each family; a key of another type cannot have signed. */
const signingKinds: Readonly<Partial<Record<SignatureScheme['family'], PublicKeyInfo['kind'][]>>> =
  {
    rsa: ['rsa'],
    'rsa-pss': ['rsa', 'rsa-pss'],
    ecdsa: ['ec'],
    ed25519: ['ed25519'],
    ed448: ['ed448'],
    dsa: ['dsa'],
  };

/** A signed object's SHA-224 digest, made once (with `sha224`) however many keys are tried on it. */
type Sha224Of = (tbs: Uint8Array, sha224: (bytes: Uint8Array) => Uint8Array) => Uint8Array;

/** PKCS #1 v1.5 in code, with SHA-224 (which WebCrypto lacks) or a digest WebCrypto makes. */
async function verifyInCode(
  parts: SignedParts,
  { key, hash }: { key: RsaPublicKey; hash: HashName },
  crypto: Crypto,
  sha224Of: Sha224Of,
): Promise<SignatureOutcome> {
  // A chunk of its own: the page and the CLI load it only for the rare signature that needs it.
  const [{ verifyRsaPkcs1 }, { sha224 }] = await Promise.all([
    import('./rsa-pkcs1-verify.ts'),
    import('./sha224.ts'),
  ]);
  const digest =
    hash === 'SHA-224'
      ? sha224Of(parts.tbs, sha224)
      : new Uint8Array(await crypto.subtle.digest(hash, parts.tbs as Uint8Array<ArrayBuffer>));
  const oid = Object.keys(hashOids).find((candidate) => hashOids[candidate] === hash) ?? '';
  return verifyRsaPkcs1(key, oid, digest, parts.signature) ? 'valid' : 'invalid';
}

/** Whether `issuer`'s key made the signature of `object` (uncached). */
async function verifyUncached(
  { signed: parts, signatureAlgorithm }: SignedObject,
  issuer: SigningKey,
  crypto: Crypto,
  sha224Of: Sha224Of,
): Promise<SignatureOutcome> {
  // Which algorithm signed is unknown when the certificate names two (RFC 5280 4.1.1.2), so the
  // signature proves nothing either way: never a wrong key, only unverifiable.
  if (!parts.algorithmsAgree) return 'unsupported';
  const scheme = signatureScheme(signatureAlgorithm.oid);
  const { publicKey: issuerKey, subjectPublicKeyInfo: issuerSpki } = issuer;
  const kinds = signingKinds[scheme.family];
  if (kinds && issuerKey.kind !== 'other' && !kinds.includes(issuerKey.kind)) return 'invalid';
  // An RSA or RSA-PSS key (null for any other). Parsing refuses one whose exponent passes the
  // limit; a check that meets one anyway does not spend the work.
  const rsa = rsaPublicKey(issuerSpki);
  if (rsa && rsa.exponentBits > maxRsaExponentBits) return 'unsupported';
  // SHA-1 and SHA-2: the hashes whose DigestInfo the code knows (not MD5, MD2, SHA-3). An RSA key
  // reaching here signs only for the 'rsa' family, or 'rsa-pss', whose hash is in its parameters.
  const pkcs1 = rsa && scheme.hash?.startsWith('SHA-') ? { key: rsa, hash: scheme.hash } : null;
  if (pkcs1?.hash === 'SHA-224') return verifyInCode(parts, pkcs1, crypto, sha224Of);
  const params = webCryptoParams(scheme, parts.signatureAlgorithm, issuerKey);
  if (!params) return 'unsupported';
  const key = await importVerifyKey(issuerSpki, params.import, crypto);
  // A key WebCrypto refuses (some platforms refuse unusual exponents) is verified in code.
  if (!key) return pkcs1 ? verifyInCode(parts, pkcs1, crypto, sha224Of) : 'unsupported';
  const signature =
    scheme.family === 'ecdsa' ? ecdsaRaw(parts.signature, issuerKey.curve ?? '') : parts.signature;
  if (!signature) return 'invalid';
  try {
    const ok = await crypto.subtle.verify(
      params.verify,
      key,
      signature as Uint8Array<ArrayBuffer>,
      parts.tbs as Uint8Array<ArrayBuffer>,
    );
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Outcomes by (signed object, key) content: the page re-checks the same inputs on every edit. */
const outcomesOf = perProvider(() => new BoundedCache<Promise<SignatureOutcome>>(1024));

/** SHA-224 digests by the signed bytes, so that each object is hashed once per run. */
const sha224Digests = new WeakMap<Uint8Array, Uint8Array>();

const sha224Of: Sha224Of = (tbs, sha224) => {
  let digest = sha224Digests.get(tbs);
  if (!digest) sha224Digests.set(tbs, (digest = sha224(tbs)));
  return digest;
};

/**
 * Whether `key` made the signature of `object` (a certificate with a candidate issuer's key, a
 * request with its own), asked of `crypto`. Both are parsed records: nothing is read again.
 */
export function verifySignature(
  object: SignedObject,
  key: SigningKey,
  crypto: Crypto,
): Promise<SignatureOutcome> {
  // The object by its SHA-256, the key by its bytes (a renewed CA may keep its key); bytesKey
  // gives null (not cached) for huge content, so keys stay bounded.
  const spki = bytesKey(key.subjectPublicKeyInfo);
  const cacheKey = spki === null ? null : `${object.sha256}:${spki}`;
  return outcomesOf(crypto).get(cacheKey, () => verifyUncached(object, key, crypto, sha224Of));
}
