// Markdown for change tickets; the page's "Copy report" button uses it too, so it knows nothing
// of terminals: no colour, no wrapping (ticket systems wrap for themselves).
import type { CheckReport, CheckStatus, ServerResult } from '../cert/types.ts';
import { formatDateTime } from './format-date.ts';
import { checkLabel, countVerdicts, sameCaLabel, statusLabel } from './labels.ts';
import { describeInput } from './render-input-failure.ts';
import { renderMessage } from './render-message.ts';
import { serverFacts } from './server-facts.ts';
import type { RenderContext } from './translate.ts';

const icons: Record<CheckStatus, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  'not-applicable': '➖',
};

/** Escapes text so that Markdown shows it literally, also inside a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Renders a report as Markdown: summary, server table, then each server's checks. */
export function renderMarkdown(report: CheckReport, context: RenderContext): string {
  const { t, lang } = context;
  const status = (value: CheckStatus): string => `${icons[value]} ${statusLabel(value, t)}`;
  const item = (label: string, value: string): string => `- **${escapeMarkdown(label)}:** ${value}`;
  const code = (value: string): string => `\`${value}\``;

  const lines = [`## ${escapeMarkdown(t('cli:report.heading.title'))}`, ''];
  lines.push(item(t('cli:report.label.verdict'), status(report.verdict)));
  lines.push(
    item(t('cli:report.label.checked-at'), escapeMarkdown(formatDateTime(report.checkedAt, lang))),
  );
  for (const ca of report.referenceCas) {
    const keyId = ca.keyId === null ? t('cli:report.value.unknown') : code(ca.keyId);
    lines.push(
      item(
        t('cli:report.label.reference-ca'),
        `${escapeMarkdown(ca.subject)} (${escapeMarkdown(t('cli:report.label.key-id'))}: ${keyId})`,
      ),
    );
  }
  if (report.referenceCas.length === 0) {
    lines.push(`- ${escapeMarkdown(t('cli:report.summary.no-reference-ca'))}`);
  }
  lines.push(
    `- ${escapeMarkdown(
      report.servers.length === 0
        ? t('cli:report.summary.no-servers')
        : t('cli:report.summary.servers', countVerdicts(report.servers.map((s) => s.verdict))),
    )}`,
  );

  if (report.servers.length > 0) {
    lines.push(
      '',
      ...table([
        [t('cli:report.label.server'), t('cli:report.label.result'), t('cli:report.label.same-ca')],
        ...report.servers.map((s) => [s.fqdn, status(s.verdict), sameCaLabel(s.sameCa, t)]),
      ]),
    );
  }
  for (const server of report.servers) {
    lines.push('', ...renderServer(server, context, status, item, code));
  }
  if (report.failures.length > 0) {
    lines.push('', `### ${escapeMarkdown(t('cli:report.heading.failures'))}`, '');
    for (const failure of report.failures) {
      lines.push(
        item(
          describeInput(failure.input, t, context.sources),
          escapeMarkdown(renderMessage(failure.error.message, t, lang)),
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderServer(
  server: ServerResult,
  { t, lang }: RenderContext,
  status: (value: CheckStatus) => string,
  item: (label: string, value: string) => string,
  code: (value: string) => string,
): string[] {
  return [
    `### ${escapeMarkdown(server.fqdn)}: ${status(server.verdict)}`,
    '',
    ...serverFacts(server, t, lang).map((fact) =>
      // Only hex identifiers are shown as code; everything else is escaped text.
      item(fact.label, fact.code ? code(fact.value) : escapeMarkdown(fact.value)),
    ),
    '',
    ...table([
      [t('cli:report.label.check'), t('cli:report.label.result'), t('cli:report.label.details')],
      ...server.checks.map((check) => [
        `${checkLabel(check.id, t)} (${check.id})`,
        status(check.status),
        renderMessage(check.message, t, lang),
      ]),
    ]),
  ];
}

// Cells are escaped here, except the status cells, which only hold an icon and a word.
function table(rows: readonly (readonly string[])[]): string[] {
  const [header = [], ...body] = rows;
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c) => (/^(✅|⚠️|❌|➖) /u.test(c) ? c : escapeMarkdown(c))).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(line)];
}
