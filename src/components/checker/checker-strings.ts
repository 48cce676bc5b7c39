// Build-time access to each language's checker strings, typed by the English keys.
import type { Language } from '../../i18n/languages.ts';
import type { NamespaceStrings } from '../../i18n/translate-strings.ts';
import en from '../../../locales/en/checker.json';
import de from '../../../locales/de/checker.json';
import it from '../../../locales/it/checker.json';

/** Checker strings per language; the locale parity test keeps the keys identical. */
export const checkerStrings: Readonly<Record<Language, NamespaceStrings<'checker'>>> = {
  en,
  de,
  it,
};
