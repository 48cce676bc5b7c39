// Standard-error texts for unusable arguments and inputs, wrapped for an 80-column terminal.
// This is standard error's one escaping point: arguments, paths, FQDNs and certificate-derived
// reasons pass escapeControls here, so none of their control characters reaches the terminal.
import type { InputErrorCode } from '../lib/cert/index.ts';
import { escapeControls, wrapIndented, type Translate } from '../lib/report/index.ts';
import type { ArgError } from './parse-args.ts';

const width = 80;
const prefix = 'pchat-certs: ';
const exportCommand = 'openssl pkcs12 -in FILE.pfx -nokeys -out certificate.pem';

/** One unusable input: which one (already described) and why. */
export interface InputProblem {
  readonly input: string;
  readonly reason: string;
  /** Set for core errors; a PKCS #12 file gets the export hint. */
  readonly code?: InputErrorCode;
}

/** The text for unusable arguments, ending with a pointer to --help. */
export function argumentErrorsText(errors: readonly ArgError[], t: Translate): string {
  const lines = errors.flatMap((e) =>
    wrapIndented(
      escapeControls(
        e.namespace === 'messages' ? t(`messages:${e.key}`, e.params) : t(`cli:${e.key}`, e.params),
      ),
      width,
      prefix.length,
      prefix,
    ),
  );
  lines.push(t('cli:cli.error.see-help'));
  return `${lines.join('\n')}\n`;
}

/** The text naming every unusable input; a PFX file also says how to take its certificates out. */
export function inputProblemsText(problems: readonly InputProblem[], t: Translate): string {
  const lines = wrapIndented(t('cli:cli.error.unusable-inputs'), width, prefix.length, prefix);
  for (const problem of problems) {
    lines.push(...wrapIndented(`${escapeControls(problem.input)}:`, width, 4, '  - '));
    lines.push(...wrapIndented(escapeControls(problem.reason), width, 4));
    // Only a PFX holds certificates to take out: a private key file has none (its message
    // already says to export the certificate without its key).
    if (problem.code === 'pkcs12') {
      lines.push(...wrapIndented(t('cli:cli.error.private-key-hint'), width, 4));
      // The command stays on one line so that it can be copied as it is.
      lines.push(`      ${exportCommand}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The one line saying that standard output could not be written, and the system's reason. */
export function outputErrorText(code: string, t: Translate): string {
  return `${prefix}${escapeControls(t('cli:cli.error.output-failed', { code }))}\n`;
}

/** The text for a bug (not a user error); its lines kept, any other control character escaped. */
export function internalErrorText(cause: unknown, t: Translate): string {
  const message = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
  const safe = message.split('\n').map(escapeControls).join('\n');
  return `${prefix}${t('cli:cli.error.internal', { message: safe })}\n`;
}
