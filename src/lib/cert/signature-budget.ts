// The signature checks of one run are counted before any is made, and capped: whatever the inputs,
// one run verifies at most `maxSignatureChecks` signatures, and an input whose checks would pass
// the cap is refused with its own error instead of slowing the run down.
import type { CryptoProvider } from './crypto-provider.ts';
import { verifySignature, type SignatureOutcome } from './verify-signature.ts';

/**
 * Signature checks allowed in one run. A real run needs about one per server and one per reference
 * end entity (a Lync Server 2013 deployment has a few dozen servers, not hundreds); importing a new
 * key and verifying with it costs up to half a millisecond of CPU.
 */
export const maxSignatureChecks = 1024;

/** The signature checks of one run: reserved first, then made with the run's WebCrypto. */
export class SignatureBudget {
  private reserved = 0;
  private made = 0;

  /** A budget of `limit` checks made with `crypto`. */
  constructor(
    private readonly crypto: CryptoProvider,
    readonly limit: number = maxSignatureChecks,
  ) {}

  /** Reserves `count` checks; false, reserving none, when that would pass the limit. */
  reserve(count: number): boolean {
    if (this.reserved + count > this.limit) return false;
    this.reserved += count;
    return true;
  }

  /** Whether `issuerSpki`'s key signed `der`; a check beyond the reserved ones is never made. */
  verify(der: Uint8Array, issuerSpki: Uint8Array): Promise<SignatureOutcome> {
    // Planning and checking are separate code paths; this keeps the cap even if they drift apart.
    if (this.made >= this.reserved) return Promise.resolve('unsupported');
    this.made += 1;
    return verifySignature(der, issuerSpki, this.crypto);
  }
}
