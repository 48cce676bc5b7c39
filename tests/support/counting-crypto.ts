// A WebCrypto provider for tests: the platform's, counting the signature checks and digests made
// through it and refusing the key algorithms it is told to lack (as a platform without them would).
/** A provider with its counts of `verify` and `digest` calls. */
export interface CountingCrypto extends Crypto {
  /** How many signatures were verified through this provider. */
  readonly verifications: () => number;
  /** How many digests were made through this provider. */
  readonly digests: () => number;
}

/** The platform's WebCrypto, counting verifications, and lacking the `missing` algorithm names. */
export function countingCrypto(missing: readonly string[] = []): CountingCrypto {
  const platform = globalThis.crypto.subtle;
  let verifications = 0;
  let digests = 0;
  const subtle = Object.create(platform) as SubtleCrypto;
  const algorithmName = (algorithm: unknown): string =>
    typeof algorithm === 'string' ? algorithm : String((algorithm as Algorithm).name);
  Object.assign(subtle, {
    digest: (...args: Parameters<SubtleCrypto['digest']>) => {
      digests += 1;
      return platform.digest(...args);
    },
    importKey: (...args: Parameters<SubtleCrypto['importKey']>) =>
      missing.includes(algorithmName(args[2]))
        ? Promise.reject(new DOMException('Algorithm: Unrecognized name', 'NotSupportedError'))
        : platform.importKey(...args),
    verify: (...args: Parameters<SubtleCrypto['verify']>) => {
      verifications += 1;
      return platform.verify(...args);
    },
  });
  const platformCrypto = globalThis.crypto;
  return {
    subtle,
    getRandomValues: platformCrypto.getRandomValues.bind(platformCrypto),
    randomUUID: platformCrypto.randomUUID.bind(platformCrypto),
    verifications: () => verifications,
    digests: () => digests,
  };
}
