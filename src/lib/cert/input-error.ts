// Builds typed input errors; the front ends render each error's message key in the chosen language.
import type { InputError, InputErrorCode, MessageKey, MessageParams } from './types.ts';
import { extensionOid } from './oids.ts';

export { maxInputBytes } from './input-limit.ts';

/** The message of each input error code (a malformed extension has one per extension). */
const keys = {
  empty: 'input.error.empty',
  'too-large': 'input.error.too-large',
  'too-many-signatures': 'input.error.too-many-signatures',
  'private-key': 'input.error.private-key',
  pkcs12: 'input.error.pkcs12',
  'bad-base64': 'input.error.bad-base64',
  malformed: 'input.error.malformed',
  'malformed-extension': 'input.error.malformed-extension',
  'not-a-certificate': 'input.error.not-a-certificate',
  'request-as-reference': 'input.error.request-as-reference',
  'no-certificate': 'input.error.no-certificate',
  'bad-encoding': 'input.error.bad-encoding',
} as const satisfies Record<InputErrorCode, MessageKey>;

/** The extensions the checks decode, so the only ones found malformed, each with its message. */
const malformedExtensionKeys: Readonly<Record<string, MessageKey>> = {
  [extensionOid.subjectAltName]: 'input.error.malformed-extension.subject-alt-name',
  [extensionOid.basicConstraints]: 'input.error.malformed-extension.basic-constraints',
  [extensionOid.extKeyUsage]: 'input.error.malformed-extension.extended-key-usage',
  [extensionOid.subjectKeyIdentifier]: 'input.error.malformed-extension.subject-key-identifier',
  [extensionOid.authorityKeyIdentifier]: 'input.error.malformed-extension.authority-key-identifier',
  [extensionOid.crlDistributionPoints]: 'input.error.malformed-extension.crl-distribution-points',
};

/** A typed input error with its message key. */
export function inputError(code: InputErrorCode, params: MessageParams = {}): InputError {
  return { code, message: { key: keys[code], params } };
}

/** The error for a certificate whose extension `oid` is not valid DER: ask the CA for a new one. */
export function malformedExtensionError(oid: string): InputError {
  return {
    code: 'malformed-extension',
    message: { key: malformedExtensionKeys[oid] ?? keys['malformed-extension'], params: { oid } },
  };
}
