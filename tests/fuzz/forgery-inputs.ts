// The hostile inputs of issue 25: an impostor CA signing with any signature algorithm, two
// reference CA certificates with one name and key identifier in any order and packaging, and RSA
// keys with huge public exponents. Each says what the checker must answer, not only that it does.
import { pemChain, pkcs7Der, pkcs7Pem, utf8, type TestCert } from '../support/pki/index.ts';
import type { Made } from './hostile-inputs.ts';
import type { FuzzMaterial } from './material.ts';
import type { Random } from './random.ts';

/** A server certificate copying the reference CA's name and key id, signed by another key. */
export function impostorAlgorithm(random: Random, m: FuzzMaterial): Made {
  const { leaf, ca } = random.pick(m.forgeries.impostors);
  const chain = random.int(2) === 0 ? [leaf] : [leaf, ca];
  return { bytes: utf8(pemChain(...chain)), role: 'server', expect: { noPass: true } };
}

/** Certificates packaged in one of the ways a reference comes. */
function packaged(random: Random, certs: readonly TestCert[]): Uint8Array {
  const choice = random.int(3);
  if (choice === 0) return utf8(pemChain(...certs));
  return choice === 1 ? pkcs7Der(...certs) : utf8(pkcs7Pem(...certs));
}

/** The genuine CA and its impostor (and maybe the Front End certificate), in any order. */
export function conflictingReferences(random: Random, m: FuzzMaterial): Made {
  const { genuine, impostor, frontEnd } = m.forgeries.conflicting;
  const certs = [genuine, impostor, ...(random.int(2) === 0 ? [frontEnd] : [])];
  for (let i = certs.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [certs[i], certs[j]] = [certs[j] as TestCert, certs[i] as TestCert];
  }
  return {
    bytes: packaged(random, certs),
    role: 'reference',
    expect: { code: 'conflicting-references' },
  };
}

/** A CA certificate, a server certificate or a request whose RSA exponent has thousands of bits. */
export function hugeExponent(random: Random, m: FuzzMaterial): Made {
  const { ca, server, request } = m.forgeries.hugeExponents;
  const choice = random.int(3);
  const expect = { code: 'rsa-exponent-too-large' };
  if (choice === 0) return { bytes: packaged(random, [ca]), role: 'reference', expect };
  if (choice === 1) return { bytes: packaged(random, [server]), role: 'server', expect };
  return { bytes: request.der, role: 'server', expect };
}
