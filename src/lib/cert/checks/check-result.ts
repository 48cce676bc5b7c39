// Shorthand for building one check result with its message key `check.<id>.<outcome>`.
import type { CheckId, CheckResult, MessageParams, Status } from '../types.ts';

/** A check result whose message key is `check.<id>.<outcome>`. */
export function result(
  id: CheckId,
  status: Status,
  outcome: string,
  params: MessageParams,
): CheckResult {
  return { id, status, message: { key: `check.${id}.${outcome}`, params } };
}
