// The page's first check pays for more than its own work: the first date format of a language
// loads locale data, and the first FQDN check compiles the Unicode (\p{L}) label expression.
// Each costs milliseconds; paying them while the user is still pasting keeps them off the click.
import { formatDate } from '../../i18n/format-date.ts';
import type { Language } from '../../i18n/languages.ts';
import { checkFqdnSyntax } from '../../lib/cert/fqdn-syntax.ts';

/** Runs once, soon after the checker starts, what the first check would otherwise pay for. */
export function warmUpPage(lang: Language): void {
  formatDate(lang, new Date(), 'minute');
  checkFqdnSyntax('warm-up.invalid');
}
