// Core messages go through the report renderers' own `renderMessage`, so the page says exactly
// what the CLI and the copied report say, dates included in the page's language.
import type { Language } from '../../i18n/languages.ts';
import type { Message } from '../../lib/cert/types.ts';
import { renderMessage, type Translate as ReportTranslate } from '../../lib/report/index.ts';

/** Renders one core message (check result or input error) as text. */
export type CoreMessage = (message: Message) => string;

/** The page's core-message renderer for one language. */
export function coreMessages(t: ReportTranslate, lang: Language): CoreMessage {
  return (message) => renderMessage(message, t, lang);
}
