// Build-time access to each language's checker strings, typed by the English keys.
import type { Language } from '../../i18n/languages.ts';
import type { CheckerStrings } from '../../scripts/checker/translate.ts';
import en from '../../../locales/en/checker.json';
import de from '../../../locales/de/checker.json';
import it from '../../../locales/it/checker.json';

/** Checker strings per language; the locale parity test keeps the keys identical. */
export const checkerStrings: Readonly<Record<Language, CheckerStrings>> = { en, de, it };
