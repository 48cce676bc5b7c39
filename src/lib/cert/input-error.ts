// Builds typed input errors; the front ends render each error's message key in the chosen language.
import type { InputError, InputErrorCode, MessageKey, MessageParams } from './types.ts';
import { inputErrorKeys } from './input-error-keys.ts';
import { extensionOid } from './oids.ts';

export { maxInputBytes } from './input-limit.ts';

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
  return { code, message: { key: inputErrorKeys[code], params } };
}

/** The error for a certificate whose extension `oid` is not valid DER: ask the CA for a new one. */
export function malformedExtensionError(oid: string): InputError {
  return {
    code: 'malformed-extension',
    message: {
      key: malformedExtensionKeys[oid] ?? inputErrorKeys['malformed-extension'],
      params: { oid },
    },
  };
}
