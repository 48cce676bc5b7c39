// The page's first check pays for more than its own work: the first date format of a language
// loads locale data, the first FQDN check compiles the Unicode (\p{L}) label expression, and the
// first report is rendered by code that has never run (interpreted, its plural rules not yet
// made). Each costs milliseconds; paying them while the user is still pasting keeps them off the
// click.
import { formatDate } from '../../i18n/format-date.ts';
import type { Language } from '../../i18n/languages.ts';
import { checkFqdnSyntax } from '../../lib/cert/fqdn-syntax.ts';
import type { CheckReport } from '../../lib/cert/types.ts';
import { renderResult, type RenderStrings } from './render-result.ts';
import { overviewRow, renderSummary } from './render-results.ts';

/** Runs once, soon after the checker starts, what the first check would otherwise pay for. */
export function warmUpPage(lang: Language): void {
  formatDate(lang, new Date(), 'minute');
  checkFqdnSyntax('warm-up.invalid');
}

// Renders of the warm-up report: enough for the JIT to compile the renderers, each its own task so
// that a person typing meanwhile is never kept waiting.
const renderRounds = 6;

/**
 * Renders the worker's warm-up report (built-in certificates) into detached elements, never
 * shown, so that the first real report is rendered by compiled code.
 */
export function warmUpRendering(report: CheckReport, s: RenderStrings): void {
  let round = 0;
  const next = (): void => {
    const scratch = document.createElement('div');
    renderSummary(scratch, { report, waiting: 'idle', inputErrors: false, chosenDay: false }, s);
    scratch.append(
      ...report.servers.flatMap((result, row) => [
        overviewRow(row, result, s),
        renderResult(row, result, s),
      ]),
    );
    round += 1;
    if (round < renderRounds) window.setTimeout(next, 0);
    // Tests and benchmarks read this: the renderers are trained.
    else performance.mark('checker:warmed');
  };
  window.setTimeout(next, 0);
}
