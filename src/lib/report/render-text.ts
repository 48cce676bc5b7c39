import type { CheckReport, CheckStatus, ServerResult } from '../cert/types.ts';
import { formatDateTime } from './format-date.ts';
import { checkLabel, countVerdicts, statusLabel } from './labels.ts';
import { describeInput } from './render-input-failure.ts';
import { renderMessage } from './render-message.ts';
import { serverFacts } from './server-facts.ts';
import type { RenderContext } from './translate.ts';
import { labelledLines, wrapIndented } from './wrap-text.ts';

/** Options of the terminal renderer; the caller decides on colour (TTY, NO_COLOR). */
export interface TextOptions extends RenderContext {
  readonly color?: boolean;
  readonly width?: number;
}

const colors: Record<CheckStatus, string> = {
  pass: '32',
  warn: '33',
  fail: '31',
  'not-applicable': '36',
};

/** Renders a report for a terminal: plain text, statuses as words, colour only if asked. */
export function renderText(report: CheckReport, options: TextOptions): string {
  const { t, lang } = options;
  const width = options.width ?? 80;
  const paint = (code: string, text: string): string =>
    options.color === true ? `\u001b[${code}m${text}\u001b[0m` : text;
  const status = (value: CheckStatus): string => paint(colors[value], `[${statusLabel(value, t)}]`);
  // 'not-applicable' widens the column only in reports that have it (requests).
  const hasRequest = report.servers.some((s) => s.inputKind === 'request');
  const statusWidth = Math.max(
    ...(
      ['pass', 'warn', 'fail', ...(hasRequest ? (['not-applicable'] as const) : [])] as const
    ).map((s) => statusLabel(s, t).length + 2),
  );

  const lines: string[] = [paint('1', t('cli:report.heading.title')), ''];
  const verdictWord = `[${statusLabel(report.verdict, t)}]`;
  const head: [string, string][] = [
    [t('cli:report.label.verdict'), verdictWord],
    [t('cli:report.label.checked-at'), formatDateTime(report.checkedAt, lang)],
  ];
  for (const ca of report.referenceCas) {
    head.push([t('cli:report.label.reference-ca'), ca.subject]);
    head.push([t('cli:report.label.key-id'), ca.keyId ?? t('cli:report.value.unknown')]);
  }
  // Laid out on the bare word, then painted, so that colour codes do not shift the columns.
  const [verdictLine = '', ...headLines] = labelledLines(head, width, 0);
  lines.push(verdictLine.replace(verdictWord, status(report.verdict)), ...headLines);
  if (report.referenceCas.length === 0) lines.push(t('cli:report.summary.no-reference-ca'));
  lines.push(...wrapIndented(summaryLine(report, options), width, 0));

  for (const server of report.servers) {
    lines.push('', ...renderServer(server, options, width, status, statusWidth));
  }

  if (report.failures.length > 0) {
    lines.push('', paint('1', t('cli:report.heading.failures')));
    for (const failure of report.failures) {
      lines.push(...wrapIndented(describeInput(failure.input, t, options.sources), width, 2));
      lines.push(...wrapIndented(renderMessage(failure.error.message, t, lang), width, 4));
    }
  }
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: CheckReport, { t }: RenderContext): string {
  if (report.servers.length === 0) return t('cli:report.summary.no-servers');
  return t('cli:report.summary.servers', countVerdicts(report.servers.map((s) => s.verdict)));
}

function renderServer(
  server: ServerResult,
  { t, lang }: RenderContext,
  width: number,
  status: (value: CheckStatus) => string,
  statusWidth: number,
): string[] {
  const lines = [`${status(server.verdict)} ${server.fqdn}`];
  const facts = serverFacts(server, t, lang);
  lines.push(
    ...labelledLines(
      facts.map((f): [string, string] => [f.label, f.value]),
      width,
      2,
    ),
  );
  lines.push('');
  const column = 2 + statusWidth + 1;
  for (const check of server.checks) {
    // The padding is computed on the bare word so that colour codes do not shift the columns.
    const word = `[${statusLabel(check.status, t)}]`;
    const prefix = `  ${status(check.status)}${' '.repeat(statusWidth - word.length + 1)}`;
    lines.push(...wrapIndented(`${checkLabel(check.id, t)} (${check.id})`, width, column, prefix));
    lines.push(...wrapIndented(renderMessage(check.message, t, lang), width, column));
  }
  return lines;
}
