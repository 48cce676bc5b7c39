// The checker's view of the project's one translator: checker keys bare, the report's and the
// core's keys prefixed, over the strings handed to the page (i18next stays off the page).
import type { Language } from '../../i18n/languages.ts';
import { translateStrings, type HandedStrings } from '../../i18n/translate-strings.ts';
import type { KeyOf, Translate as ProjectTranslate } from '../../i18n/translate.ts';

/** A key of the checker's UI strings; English defines the keys. */
export type CheckerKey = KeyOf<'checker'>;

/** The namespaces the checker is handed: its own, the report renderers' and the core's. */
export type CheckerNamespace = 'checker' | 'report' | 'messages';

/** Translates checker keys bare and every other key with its namespace prefix. */
export type Translate = ProjectTranslate<'checker'>;

/** Creates the checker's translator over the strings it was handed. */
export function createTranslate(
  lang: Language,
  strings: HandedStrings<'checker'> | HandedStrings<CheckerNamespace>,
): Translate {
  return translateStrings(lang, strings, 'checker');
}
