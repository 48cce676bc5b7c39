import type { TFunction } from 'i18next';
import { createTranslator } from './create-translator.ts';
import type { Language } from './languages.ts';
import { resources } from './resources.ts';

/** Build-time translator for the page chrome (the `site` namespace) of one language. */
export function siteTranslator(lang: Language): TFunction {
  return createTranslator(lang, { site: resources[lang].site }, 'site');
}
