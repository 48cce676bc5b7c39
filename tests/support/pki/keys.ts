// Key pairs for the test PKI, and re-imports of a CA's private key for other signature schemes
// (WebCrypto binds the hash to an RSA key, so SHA-1 or PSS signing needs its own import).

/** The key algorithms the test PKI uses. */
export type KeyKind = 'rsa2048' | 'rsa1024' | 'p256' | 'p384' | 'ed25519';

/** The signature schemes a CA can sign with. */
export type SigningScheme = 'sha256' | 'sha1' | 'sha384' | 'pss';

const subtle = globalThis.crypto.subtle;

const generateParams: Readonly<
  Record<KeyKind, RsaHashedKeyGenParams | EcKeyGenParams | Algorithm>
> = {
  rsa2048: {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
  },
  rsa1024: {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    modulusLength: 1024,
    publicExponent: new Uint8Array([1, 0, 1]),
  },
  p256: { name: 'ECDSA', namedCurve: 'P-256' },
  p384: { name: 'ECDSA', namedCurve: 'P-384' },
  ed25519: { name: 'Ed25519' },
};

/** A new key pair of the given kind. */
export async function generateKeys(kind: KeyKind): Promise<CryptoKeyPair> {
  return (await subtle.generateKey(generateParams[kind], true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
}

/** The CA's private key prepared for a signature scheme, with the algorithm to pass to x509. */
export async function signingKey(
  keys: CryptoKeyPair,
  scheme: SigningScheme,
): Promise<{ key: CryptoKey; algorithm: Algorithm | EcdsaParams | RsaPssParams }> {
  const name = keys.privateKey.algorithm.name;
  if (name === 'ECDSA') {
    const hash = scheme === 'sha1' ? 'SHA-1' : scheme === 'sha384' ? 'SHA-384' : 'SHA-256';
    return { key: keys.privateKey, algorithm: { name: 'ECDSA', hash } as EcdsaParams };
  }
  if (name !== 'RSASSA-PKCS1-v1_5' || scheme === 'sha256') {
    return { key: keys.privateKey, algorithm: keys.privateKey.algorithm };
  }
  const pkcs8 = await subtle.exportKey('pkcs8', keys.privateKey);
  const algorithm =
    scheme === 'pss'
      ? { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 32 }
      : { name: 'RSASSA-PKCS1-v1_5', hash: scheme === 'sha1' ? 'SHA-1' : 'SHA-384' };
  const key = await subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
  return { key, algorithm };
}

/** PEM text of a private key (PKCS#8), for refusal fixtures. */
export async function privateKeyPem(keys: CryptoKeyPair): Promise<string> {
  const der = new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey));
  const base64 = btoa(String.fromCharCode(...der));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`;
}
