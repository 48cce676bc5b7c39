// Build-time access to each language's checker strings, typed by the English keys: the form's
// own (written into the page here, never loaded by the checker's script) and the checker's.
import type { Language } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translate.ts';
import { translateStrings, type NamespaceStrings } from '../../i18n/translate-strings.ts';
import en from '../../../locales/en/checker.json';
import de from '../../../locales/de/checker.json';
import it from '../../../locales/it/checker.json';
import enForm from '../../../locales/en/form.json';
import deForm from '../../../locales/de/form.json';
import itForm from '../../../locales/it/form.json';

/** Checker strings per language; the locale parity test keeps the keys identical. */
export const checkerStrings: Readonly<Record<Language, NamespaceStrings<'checker'>>> = {
  en,
  de,
  it,
};

/** The form's labels, hints and buttons per language, which only the built page shows. */
export const formStrings: Readonly<Record<Language, NamespaceStrings<'form'>>> = {
  en: enForm,
  de: deForm,
  it: itForm,
};

/** The form's translator: its own keys bare, the checker's (which the script also writes) prefixed. */
export function formTranslate(lang: Language): Translate<'form'> {
  return translateStrings(lang, { form: formStrings[lang], checker: checkerStrings[lang] }, 'form');
}
