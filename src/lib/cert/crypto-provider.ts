// The WebCrypto the core computes with (digests, signature checks) is passed in as the full
// `Crypto`, with the platform's as the default (the model: PeculiarVentures/x509 src/provider.ts
// and its `verify(params, crypto = …)`): a test can hand in one that counts its calls or lacks an
// algorithm, and this is the one place that reaches for the global.

/** The platform's WebCrypto: browsers, workers and Node 20+ all have `globalThis.crypto`. */
export function platformCrypto(): Crypto {
  return globalThis.crypto;
}

/** One value per provider, made on first use: caches must never mix two providers' answers. */
export function perProvider<V>(make: () => V): (crypto: Crypto) => V {
  const values = new WeakMap<Crypto, V>();
  return (crypto) => {
    let value = values.get(crypto);
    if (value === undefined) {
      value = make();
      values.set(crypto, value);
    }
    return value;
  };
}
