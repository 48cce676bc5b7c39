// Shorthand for building one check result; its message key must be one of that check's keys.
import type { CheckId, CheckResult, MessageKey, MessageParams, Status } from '../types.ts';

/** The message keys that belong to a check: `check.<id>.<outcome>` in the English messages. */
export type CheckMessageKey<I extends CheckId> = Extract<MessageKey, `check.${I}.${string}`>;

/** A check result with one of its own message keys. */
export function result<I extends CheckId>(
  id: I,
  status: Status,
  key: CheckMessageKey<I>,
  params: MessageParams,
): CheckResult {
  return { id, status, message: { key, params } };
}
