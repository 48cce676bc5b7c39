// The WebCrypto the core computes with is passed in, with the platform's as the default (the model:
// PeculiarVentures/x509 src/provider.ts and its `verify(params, crypto = …)`): a test can hand in
// one that counts its calls or lacks an algorithm, and the core never reaches for a global itself.

/** What the core needs of a WebCrypto implementation: its SubtleCrypto. */
export interface CryptoProvider {
  readonly subtle: SubtleCrypto;
}

/** The platform's WebCrypto: browsers, workers and Node 20+ all have `globalThis.crypto`. */
export function platformCrypto(): CryptoProvider {
  return globalThis.crypto;
}

/** One value per provider, made on first use: caches must never mix two providers' answers. */
export function perProvider<V>(make: () => V): (crypto: CryptoProvider) => V {
  const values = new WeakMap<CryptoProvider, V>();
  return (crypto) => {
    let value = values.get(crypto);
    if (value === undefined) {
      value = make();
      values.set(crypto, value);
    }
    return value;
  };
}
