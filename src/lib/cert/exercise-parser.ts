// Lets a front end get the certificate parser compiled before its first real input. The JIT
// optimizes only code that ran many times; parsing the same bytes through the content-keyed cache
// would run the parser once, and parsing varied copies would fill the cache with them.
import { platformCrypto } from './crypto-provider.ts';
import { parseCertificateDer } from './parse-certificate.ts';

/** Parses a DER certificate once, bypassing the cache; true when it is a valid certificate. */
export async function exerciseParser(
  der: Uint8Array,
  crypto: Crypto = platformCrypto(),
): Promise<boolean> {
  return (await parseCertificateDer(der, crypto)).ok;
}
