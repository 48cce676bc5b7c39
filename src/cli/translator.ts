import { createTranslator } from '../i18n/create-translator.ts';
import type { Language } from '../i18n/languages.ts';
import { resources } from '../i18n/resources.ts';
import type { Translate } from '../lib/report/index.ts';

/** A translate function over every namespace of one language; all are bundled in the CLI. */
export function cliTranslator(lang: Language): Translate {
  const t = createTranslator(lang, resources[lang], 'cli');
  // Keys come from data (core message keys), so they are checked by tests, not by i18next types.
  const untyped = t as unknown as (key: string, options?: object) => string;
  return (key, params) => untyped(key, params);
}
