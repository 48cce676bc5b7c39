// A WebCrypto provider for tests: the platform's, counting the signature checks made through it and
// refusing the key algorithms it is told to lack (as a platform without them would).
import type { CryptoProvider } from '../../src/lib/cert/crypto-provider.ts';

/** A provider with its count of `verify` calls. */
export interface CountingCrypto extends CryptoProvider {
  /** How many signatures were verified through this provider. */
  readonly verifications: () => number;
}

/** The platform's WebCrypto, counting verifications, and lacking the `missing` algorithm names. */
export function countingCrypto(missing: readonly string[] = []): CountingCrypto {
  const platform = globalThis.crypto.subtle;
  let verifications = 0;
  const subtle = Object.create(platform) as SubtleCrypto;
  const algorithmName = (algorithm: unknown): string =>
    typeof algorithm === 'string' ? algorithm : String((algorithm as Algorithm).name);
  Object.assign(subtle, {
    digest: platform.digest.bind(platform),
    importKey: (...args: Parameters<SubtleCrypto['importKey']>) =>
      missing.includes(algorithmName(args[2]))
        ? Promise.reject(new DOMException('Algorithm: Unrecognized name', 'NotSupportedError'))
        : platform.importKey(...args),
    verify: (...args: Parameters<SubtleCrypto['verify']>) => {
      verifications += 1;
      return platform.verify(...args);
    },
  });
  return { subtle, verifications: () => verifications };
}
