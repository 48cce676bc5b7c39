// The terminal report. Its one escaping point is the top of renderText: every string of the
// report and of the sources is escaped there (escapeControls), so that no control or
// bidirectional character from a certificate or an argument reaches the terminal; the colour
// codes are added afterwards, around our own words only.
import type { CheckReport, CheckStatus, ServerResult } from '../cert/types.ts';
import { escapeControls } from './escape-controls.ts';
import { certificateSource, sourceDetails, sourceNote, type InputSource } from './input-source.ts';
import {
  checkLabel,
  countVerdicts,
  resultName,
  severalCertificatesText,
  statusLabel,
} from './labels.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { describeInput } from './render-input-failure.ts';
import { mapStrings } from './map-strings.ts';
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
export function renderText(unsafeReport: CheckReport, unsafeOptions: TextOptions): string {
  const report = mapStrings(unsafeReport, escapeControls);
  const options = mapStrings(unsafeOptions, escapeControls);
  const { t, lang } = options;
  const width = options.width ?? 80;
  const paint = (code: string, text: string): string =>
    options.color === true ? `\u001b[${code}m${text}\u001b[0m` : text;
  const status = (value: CheckStatus): string =>
    paint(colors[value], `[${statusLabel(value, t, lang)}]`);
  // 'not-applicable' widens the column only in reports that have it (requests).
  const hasRequest = report.servers.some((s) => s.inputKind === 'request');
  const statusWidth = Math.max(
    ...(
      ['pass', 'warn', 'fail', ...(hasRequest ? (['not-applicable'] as const) : [])] as const
    ).map((s) => statusLabel(s, t, lang).length + 2),
  );

  const lines: string[] = [paint('1', t('report:report.heading.title')), ''];
  const verdictWord = `[${statusLabel(report.verdict, t, lang)}]`;
  const head: [string, string][] = [
    [t('report:report.label.verdict'), verdictWord],
    [t('report:report.label.checked-at'), formatDate(lang, report.checkedAt, 'minute')],
  ];
  for (const ca of report.referenceCas) {
    head.push([t('report:report.label.reference-ca'), ca.subject]);
    head.push([t('report:report.label.key-id'), ca.keyId ?? t('report:report.value.unknown')]);
  }
  for (const source of options.sources?.references ?? []) {
    if (!source) continue;
    head.push([t('report:report.label.reference-source'), sourceDetails(source, t, lang)]);
    const note = sourceNote(source, t);
    if (note !== null) head.push([t('report:report.label.note'), note]);
  }
  // Laid out on the bare word, then painted, so that colour codes do not shift the columns.
  const [verdictLine = '', ...headLines] = labelledLines(head, width, 0);
  lines.push(verdictLine.replace(verdictWord, status(report.verdict)), ...headLines);
  if (report.referenceCas.length === 0) lines.push(t('report:report.summary.no-reference-ca'));
  lines.push(...wrapIndented(summaryLine(report, options), width, 0));

  for (const server of report.servers) {
    const several = severalCertificatesText(server, t, lang);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: several is null exactly when certificates is undefined; both are tested for the type checker
    if (several === null || server.certificates === undefined) {
      lines.push(
        '',
        ...renderServer(
          server,
          certificateSource(server, options.sources),
          options,
          width,
          status,
          statusWidth,
        ),
      );
      continue;
    }
    // One head for the server, then each of its certificates as a result of its own.
    lines.push('', `${status(server.verdict)} ${server.fqdn}`, ...wrapIndented(several, width, 2));
    for (const member of server.certificates) {
      const source = certificateSource(member, options.sources);
      lines.push('', ...renderServer(member, source, options, width, status, statusWidth));
    }
  }

  if (report.failures.length > 0) {
    lines.push('', paint('1', t('report:report.heading.failures')));
    for (const failure of report.failures) {
      lines.push(...wrapIndented(describeInput(failure.input, t, options.sources), width, 2));
      lines.push(...wrapIndented(renderMessage(failure.error.message, t, lang), width, 4));
    }
  }
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: CheckReport, { t }: RenderContext): string {
  if (report.servers.length === 0) return t('report:report.summary.no-servers');
  const counts = countVerdicts(report.servers.map((s) => s.verdict));
  return t('checker:summary.result.text', { total: report.servers.length, ...counts });
}

function renderServer(
  server: ServerResult,
  source: InputSource | undefined,
  { t, lang }: RenderContext,
  width: number,
  status: (value: CheckStatus) => string,
  statusWidth: number,
): string[] {
  const lines = [`${status(server.verdict)} ${resultName(server)}`];
  const facts = serverFacts(server, source, t, lang);
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
    const word = `[${statusLabel(check.status, t, lang)}]`;
    const prefix = `  ${status(check.status)}${' '.repeat(statusWidth - word.length + 1)}`;
    lines.push(
      ...wrapIndented(
        `${checkLabel(check.id, t, server.inputKind)} (${check.id})`,
        width,
        column,
        prefix,
      ),
    );
    lines.push(...wrapIndented(renderMessage(check.message, t, lang), width, column));
  }
  return lines;
}
