// Standard-error texts for unusable arguments and inputs, wrapped for an 80-column terminal.
import type { InputErrorCode } from '../lib/cert/types.ts';
import type { Translate } from '../lib/report/translate.ts';
import { wrapIndented } from '../lib/report/wrap-text.ts';
import type { ArgError } from './parse-args.ts';

const width = 80;
const prefix = 'pchat-certs: ';
const exportCommand = 'openssl pkcs12 -in FILE.pfx -nokeys -out certificate.pem';

/** One unusable input: which one (already described) and why. */
export interface InputProblem {
  readonly input: string;
  readonly reason: string;
  /** Set for core errors; key material gets the export hint. */
  readonly code?: InputErrorCode;
}

/** The text for unusable arguments, ending with a pointer to --help. */
export function argumentErrorsText(errors: readonly ArgError[], t: Translate): string {
  const lines = errors.flatMap((e) =>
    wrapIndented(t(`${e.namespace ?? 'cli'}:${e.key}`, e.params), width, prefix.length, prefix),
  );
  lines.push(t('cli:cli.error.see-help'));
  return `${lines.join('\n')}\n`;
}

/** The text naming every unusable input; key material also says how to export a certificate. */
export function inputProblemsText(problems: readonly InputProblem[], t: Translate): string {
  const lines = wrapIndented(t('cli:cli.error.unusable-inputs'), width, prefix.length, prefix);
  for (const problem of problems) {
    lines.push(...wrapIndented(`${problem.input}:`, width, 4, '  - '));
    lines.push(...wrapIndented(problem.reason, width, 4));
    if (problem.code === 'private-key' || problem.code === 'pkcs12') {
      lines.push(...wrapIndented(t('cli:cli.error.private-key-hint'), width, 4));
      // The command stays on one line so that it can be copied as it is.
      lines.push(`      ${exportCommand}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
