import { createTranslator } from '../i18n/create-translator.ts';
import type { Language } from '../i18n/languages.ts';
import type { Translate } from '../i18n/translate.ts';

/** The CLI's translator: every namespace of one language (all are bundled in the CLI). */
export function cliTranslator(lang: Language): Translate {
  return createTranslator(lang);
}
