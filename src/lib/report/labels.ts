import type { CheckId, CheckStatus, SameCa, Status } from '../cert/types.ts';
import type { Translate } from './translate.ts';

/** The localized word for a status, so results are never told by colour alone. */
export function statusLabel(status: CheckStatus, t: Translate): string {
  return t(`cli:report.status.${status}`);
}

/** The localized explanation of a same-CA decision. */
export function sameCaLabel(sameCa: SameCa | 'not-applicable', t: Translate): string {
  return t(`cli:report.same-ca.${sameCa}`);
}

/** The localized name of a check. */
export function checkLabel(id: CheckId, t: Translate): string {
  return t(`cli:report.check.${id}`);
}

/** Counts servers by verdict, for the summary line. */
export function countVerdicts(verdicts: readonly Status[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0 };
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}
