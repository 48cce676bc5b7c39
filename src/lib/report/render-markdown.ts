// Markdown for change tickets; the page's "Copy report" button uses it too, so it knows nothing
// of terminals: no colour, no wrapping (ticket systems wrap for themselves). Its one escaping
// point is where text becomes Markdown: every list item, heading and table cell goes through
// escapeMarkdown; only our own status icons, words and hex code spans are written as they are.
import type { CheckReport, CheckStatus, ServerResult } from '../cert/types.ts';
import { escapeControls } from './escape-controls.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { certificateSource, sourceDetails, sourceNote, type InputSource } from './input-source.ts';
import {
  checkLabel,
  countVerdicts,
  resultName,
  sameCaLabel,
  severalCertificatesText,
  statusLabel,
} from './labels.ts';
import { worstCertificates } from '../cert/bundle/group-labelled.ts';
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

/**
 * Escapes text so that Markdown (CommonMark and GitHub's) shows it literally, also inside a
 * table cell: no line break, cell end, emphasis, code, link or autolink, HTML tag, entity or math
 * can start in it, and control and bidirectional characters are shown as escapes.
 */
export function escapeMarkdown(text: string): string {
  return (
    escapeControls(text)
      .replace(/[\\`*_[\]<>|~#&$@!]/g, '\\$&')
      // GitHub links bare URLs and www. names: break the pattern with an escape it renders away.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(mailto|xmpp):/gi, '$1\\:')
      .replace(/\b(www)\./gi, '$1\\.')
  );
}

/** Text already written as Markdown (our icons and words, hex in a code span), kept as is. */
interface Markup {
  readonly markdown: string;
}

const markup = (markdown: string): Markup => ({ markdown });
const cell = (value: string | Markup): string =>
  typeof value === 'string' ? escapeMarkdown(value) : value.markdown;

/** Renders a report as Markdown: summary, server table, then each server's checks. */
export function renderMarkdown(report: CheckReport, context: RenderContext): string {
  const { t, lang } = context;
  const status = (value: CheckStatus): Markup =>
    markup(`${icons[value]} ${statusLabel(value, t, lang)}`);
  const lines = [`## ${escapeMarkdown(t('report:report.heading.title'))}`, ''];
  lines.push(item(t('report:report.label.verdict'), status(report.verdict)));
  lines.push(
    item(t('report:report.label.checked-at'), formatDate(lang, report.checkedAt, 'minute')),
  );
  for (const ca of report.referenceCas) {
    // Markdown text, not a Markup object: it is written inside the CA's line.
    const keyId =
      ca.keyId === null
        ? escapeMarkdown(t('report:report.value.unknown'))
        : code(ca.keyId).markdown;
    const label = escapeMarkdown(t('report:report.label.key-id'));
    lines.push(
      item(
        t('report:report.label.reference-ca'),
        markup(`${escapeMarkdown(ca.subject)} (${label}: ${keyId})`),
      ),
    );
  }
  for (const source of context.sources?.references ?? []) {
    if (!source) continue;
    lines.push(item(t('report:report.label.reference-source'), sourceDetails(source, t, lang)));
    const note = sourceNote(source, t);
    if (note !== null) lines.push(item(t('report:report.label.note'), note));
  }
  if (report.referenceCas.length === 0) {
    lines.push(`- ${escapeMarkdown(t('report:report.summary.no-reference-ca'))}`);
  }
  lines.push(
    `- ${escapeMarkdown(
      report.servers.length === 0
        ? t('report:report.summary.no-servers')
        : t('checker:summary.result.text', {
            total: report.servers.length,
            ...countVerdicts(report.servers.map((s) => s.verdict)),
          }),
    )}`,
  );

  if (report.servers.length > 0) {
    lines.push(
      '',
      ...table([
        [
          t('report:report.label.server'),
          t('report:report.label.result'),
          t('checker:check.same-ca.name'),
        ],
        ...report.servers.map((s) => [
          s.certificates === undefined
            ? resultName(s)
            : `${s.fqdn} (${worstCertificates(s)
                .map((member) => member.label ?? '')
                .join(', ')})`,
          status(s.verdict),
          sameCaLabel(s.sameCa, t),
        ]),
      ]),
    );
  }
  for (const server of report.servers) {
    const several = severalCertificatesText(server, t, lang);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: several is null exactly when certificates is undefined; both are tested for the type checker
    if (several === null || server.certificates === undefined) {
      lines.push(
        '',
        ...renderServer(server, certificateSource(server, context.sources), context, status, '###'),
      );
      continue;
    }
    lines.push(
      '',
      `### ${escapeMarkdown(server.fqdn)}: ${status(server.verdict).markdown}`,
      '',
      escapeMarkdown(several),
    );
    for (const member of server.certificates) {
      const source = certificateSource(member, context.sources);
      lines.push('', ...renderServer(member, source, context, status, '####'));
    }
  }
  if (report.failures.length > 0) {
    lines.push('', `### ${escapeMarkdown(t('report:report.heading.failures'))}`, '');
    for (const failure of report.failures) {
      lines.push(
        item(
          describeInput(failure.input, t, context.sources),
          renderMessage(failure.error.message, t, lang),
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderServer(
  server: ServerResult,
  source: InputSource | undefined,
  { t, lang }: RenderContext,
  status: (value: CheckStatus) => Markup,
  heading: '###' | '####',
): string[] {
  return [
    `${heading} ${escapeMarkdown(resultName(server))}: ${status(server.verdict).markdown}`,
    '',
    ...serverFacts(server, source, t, lang).map((fact) =>
      item(fact.label, fact.code ? code(fact.value) : fact.value),
    ),
    '',
    ...table([
      [
        t('report:report.label.check'),
        t('report:report.label.result'),
        t('report:report.label.details'),
      ],
      ...server.checks.map((check) => [
        `${checkLabel(check.id, t, server.inputKind)} (${check.id})`,
        status(check.status),
        renderMessage(check.message, t, lang),
      ]),
    ]),
  ];
}

/** A list item: the label in bold, the value escaped unless it is markup already. */
function item(label: string, value: string | Markup): string {
  return `- **${escapeMarkdown(label)}:** ${cell(value)}`;
}

/** Hex (serial numbers, thumbprints, key identifiers) in a code span; anything else escaped. */
function code(value: string): Markup {
  return markup(/^[0-9a-fA-F]+$/.test(value) ? `\`${value}\`` : escapeMarkdown(value));
}

function table(rows: readonly (readonly (string | Markup)[])[]): string[] {
  const [header = [], ...body] = rows;
  const line = (cells: readonly (string | Markup)[]): string =>
    `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(line)];
}
