// The CLI's translator: the page's few-line translator (translate-strings.ts) over every namespace
// of one language, not i18next. A test holds the two to the same text for every key and count,
// and in a process that lives a few dozen milliseconds, starting i18next (its 49 KB, its store and
// services) and its per-call option handling cost more than the whole check of one server.
import type { Language } from '../i18n/languages.ts';
import { resources } from '../i18n/resources.ts';
import type { Translate } from '../i18n/translate.ts';
import { translateStrings } from '../i18n/translate-strings.ts';

/** The CLI's translator: every namespace of one language (the bundle loads one: load-translator.ts). */
export function cliTranslator(lang: Language): Translate {
  return translateStrings(lang, resources[lang], 'site');
}
