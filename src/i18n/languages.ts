/** The languages the site and the CLI speak; English defines the keys. */
export const languages = ['en', 'de', 'it'] as const;

/** One of the supported languages. */
export type Language = (typeof languages)[number];

/** The language used when nothing else is known. */
export const defaultLanguage: Language = 'en';

/** Narrows an arbitrary string to a supported language. */
export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
