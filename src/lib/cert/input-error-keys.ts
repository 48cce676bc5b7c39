// The message key of each input error code, on its own: the page names the refusals it makes
// before reading an input with these keys, without loading the rest of the core's error module.
import type { InputErrorCode, MessageKey } from './types.ts';

/** The message of each input error code (a malformed extension also has one per extension). */
export const inputErrorKeys = {
  empty: 'input.error.empty',
  'too-large': 'input.error.too-large',
  'too-many-signatures': 'input.error.too-many-signatures',
  'rsa-exponent-too-large': 'input.error.rsa-exponent-too-large',
  'conflicting-references': 'input.error.conflicting-references',
  'private-key': 'input.error.private-key',
  pkcs12: 'input.error.pkcs12',
  'bad-base64': 'input.error.bad-base64',
  malformed: 'input.error.malformed',
  'malformed-extension': 'input.error.malformed-extension',
  'not-a-certificate': 'input.error.not-a-certificate',
  'request-as-reference': 'input.error.request-as-reference',
  'no-certificate': 'input.error.no-certificate',
  'bad-encoding': 'input.error.bad-encoding',
  'too-many-labels': 'bundle:input.error.too-many-labels',
  'not-a-bundle': 'bundle:input.error.not-a-bundle',
} as const satisfies Record<InputErrorCode, MessageKey>;
