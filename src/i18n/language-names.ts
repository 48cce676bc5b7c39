import type { Language } from './languages.ts';

/** Each language's name in that language, as readers look for it in a language list. */
export const languageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  it: 'Italiano',
};
