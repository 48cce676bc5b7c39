// Builds typed input errors; the front ends render `input.error.<code>` in the chosen language.
import type { InputError, InputErrorCode, MessageParams } from './types.ts';

/** The size cap for one input: 1 MiB. */
export const maxInputBytes = 1024 * 1024;

/** A typed input error with its message key. */
export function inputError(code: InputErrorCode, params: MessageParams = {}): InputError {
  return { code, message: { key: `input.error.${code}`, params } };
}
