// What the page hands on: "Copy link", "Copy command", "Copy report" and "Download JSON", the
// last two by the CLI's own renderers fed the page's language. A check never needs them, so this
// module and the report's strings load only when a person reaches for one of those buttons.
import type { Language } from '../../../i18n/languages.ts';
import type { HandedStrings, NamespaceStrings } from '../../../i18n/translate-strings.ts';
import type { CheckReport } from '../../../lib/cert/index.ts';
import {
  renderMarkdown,
  toJson,
  type Translate as ReportTranslate,
} from '../../../lib/report/index.ts';
import { pick } from './load-strings.ts';
import { createTranslate, type PageNamespace } from './translate.ts';

export { buildCommandLine } from '../../../lib/command-line/build-command-line.ts';

// The report renderers' words only: the CLI's own strings (help, argument errors) stay out.
const reportModules = import.meta.glob<NamespaceStrings<'report'>>(
  '../../../../locales/*/report.json',
  { import: 'default' },
);

/** The reports' translator: the page's strings and the report's of `lang`, loaded now. */
export async function reportTranslate(
  lang: Language,
  strings: HandedStrings<PageNamespace>,
): Promise<ReportTranslate> {
  return createTranslate(lang, {
    ...strings,
    report: await pick(reportModules, lang, 'report.json'),
  });
}

/** The Markdown report, exactly as `pchat-certs check --format markdown` writes it. */
export function markdownReport(report: CheckReport, t: ReportTranslate, lang: Language): string {
  return renderMarkdown(report, { t, lang });
}

/** Copies text; false when the browser refuses (the page then shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves the contract's JSON through a same-document blob link; nothing is sent anywhere. */
export function downloadJson(report: CheckReport, t: ReportTranslate): void {
  const json = `${JSON.stringify(toJson(report, t), null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `pchat-certs-report-${report.checkedAt.toISOString().slice(0, 10)}.json`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
