/** Where the reader's explicit language choice is remembered (a language code, nothing else). */
export const languageKey = 'pchat-certs.lang';

/** Reads the remembered language, or null when storage is unavailable or empty. */
export function readLanguage(): string | null {
  try {
    return localStorage.getItem(languageKey);
  } catch {
    return null;
  }
}

/** Remembers the reader's language choice; a blocked storage only loses the memory. */
export function writeLanguage(lang: string): void {
  try {
    localStorage.setItem(languageKey, lang);
  } catch {
    // Storage disabled (privacy mode): the choice simply is not remembered.
  }
}
