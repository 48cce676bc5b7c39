// The material of issue 25's hostile inputs, made once per run: an impostor server certificate
// per signature algorithm (copying the test PKI's issuing CA 1, the fuzz reference's CA), the
// genuine CA 1 beside its impostor, and certificates and a request with a 3,000-bit RSA exponent.
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
} from '@peculiar/x509';
import { costlyCa, costlyRequest, exponentOf, rsaSpki } from '../support/hostile/costly-keys.ts';
import {
  anyAlgorithms,
  anyKeys,
  type AnyKeyKind,
  type AnyKeys,
} from '../support/pki/any-algorithm.ts';
import { anyCertificate, nextSerial, signedBy } from '../support/pki/impostor-pki.ts';
import { names, type TestCas, type TestCert } from '../support/pki/index.ts';

/** The forgeries hostile inputs are made of. */
export interface ForgeryMaterial {
  /** Per algorithm: a server certificate signed by an impostor of CA 1, and the impostor's CA. */
  readonly impostors: readonly { readonly leaf: TestCert; readonly ca: TestCert }[];
  readonly conflicting: {
    readonly genuine: TestCert;
    readonly impostor: TestCert;
    readonly frontEnd: TestCert;
  };
  readonly hugeExponents: {
    readonly ca: TestCert;
    readonly server: TestCert;
    readonly request: TestCert;
  };
}

/** The forgery material, for a reference whose CA is the test PKI's issuing CA 1. */
export async function forgeryMaterial(
  cas: TestCas,
  frontEnd: TestCert,
  fqdn: string,
): Promise<ForgeryMaterial> {
  const keyId = cas.issuingCa1.keyId ?? '';
  const impostorKeys = new Map<AnyKeyKind, AnyKeys>();
  const impostors = [];
  for (const algorithm of anyAlgorithms) {
    const keys = impostorKeys.get(algorithm.key) ?? anyKeys(algorithm.key);
    impostorKeys.set(algorithm.key, keys);
    const leaf = await anyCertificate({
      serial: nextSerial(),
      subject: [{ CN: [fqdn] }],
      issuer: names.ca1,
      spki: anyKeys('p256').spki,
      signing: signedBy(keys, algorithm),
      extensions: [
        new SubjectAlternativeNameExtension([{ type: 'dns', value: fqdn }]),
        new AuthorityKeyIdentifierExtension(keyId),
      ],
    });
    const ca = await anyCertificate({
      serial: nextSerial(),
      subject: names.ca1,
      issuer: names.ca1,
      spki: keys.spki,
      signing: signedBy(keys, algorithm),
      extensions: [
        new BasicConstraintsExtension(true, undefined, true),
        new SubjectKeyIdentifierExtension(keyId),
      ],
    });
    impostors.push({ leaf, ca });
  }
  const huge = rsaSpki(3072, exponentOf(3000));
  return {
    impostors,
    conflicting: { genuine: cas.issuingCa1, impostor: cas.impostorCa1SameKeyId, frontEnd },
    hugeExponents: {
      ca: await costlyCa([{ CN: ['Huge exponent CA'] }], huge, 'ee'.repeat(20)),
      server: await costlyCa([{ CN: [fqdn] }], huge),
      request: await costlyRequest(fqdn, huge, 3072),
    },
  };
}
