import { createTranslator } from './create-translator.ts';
import type { Language } from './languages.ts';
import type { Translate } from './translate.ts';

/** Build-time translator for the page chrome (`site` keys bare) of one language. */
export function siteTranslator(lang: Language): Translate<'site'> {
  return createTranslator(lang);
}
