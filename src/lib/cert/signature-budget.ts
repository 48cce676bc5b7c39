// The signature work of one run is counted before any check is made, and capped: whatever the
// inputs, one run does at most `maxSignatureChecks` units of signature work (signature-cost.ts: one
// unit is a check with an ordinary key, a costlier key counts as several), and an input whose
// checks would pass the cap is refused with its own error instead of slowing the run down.
import { checkCost } from './signature-cost.ts';
import {
  verifySignature,
  type SignatureOutcome,
  type SignedObject,
  type SigningKey,
} from './verify-signature.ts';

/**
 * Signature work allowed in one run, in checks of an ordinary key. A real run needs about one
 * check per server (a request's own signature included) and one per reference end entity (a Lync
 * Server 2013 deployment has a few dozen servers, not hundreds); one unit costs at most about a
 * quarter of a millisecond of CPU, so the cap keeps all of a run's signature work under a second.
 */
export const maxSignatureChecks = 1024;

/** The signature checks of one run: reserved first (in units of cost), then made. */
export class SignatureBudget {
  private reserved = 0;
  private made = 0;

  /** A budget of `limit` units, its checks made with `crypto`. */
  constructor(
    private readonly crypto: Crypto,
    readonly limit: number = maxSignatureChecks,
  ) {}

  /** Reserves `units` of work; false, reserving none, when that would pass the limit. */
  reserve(units: number): boolean {
    if (this.reserved + units > this.limit) return false;
    this.reserved += units;
    return true;
  }

  /** Spends the cost of one check; false when it was not reserved. */
  private spend(spki: Uint8Array, der: Uint8Array): boolean {
    // Planning and checking are separate code paths; this keeps the cap even if they drift apart.
    const cost = checkCost(spki, der.length);
    if (this.made + cost > this.reserved) return false;
    this.made += cost;
    return true;
  }

  /**
   * Whether `key` made the signature of `object` (a certificate with a candidate issuer's key, a
   * request with its own); a check beyond the reserved work is never made.
   */
  verify(object: SignedObject, key: SigningKey): Promise<SignatureOutcome> {
    if (!this.spend(key.subjectPublicKeyInfo, object.der)) return Promise.resolve('unsupported');
    return verifySignature(object, key, this.crypto);
  }
}
