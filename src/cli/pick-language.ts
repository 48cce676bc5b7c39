import { defaultLanguage, isLanguage, type Language } from '../i18n/languages.ts';

/** The environment variables the CLI reads, as in `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Picks the language from the POSIX locale variables (LC_ALL, LC_MESSAGES, LANG), else en. */
export function languageFromEnv(env: Environment): Language {
  // POSIX: the first of these that is set and not empty decides, even if it names a
  // language we do not speak (then English, rather than a lower-priority variable).
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const lang = (value.split(/[_.@-]/)[0] ?? '').toLowerCase();
    return isLanguage(lang) ? lang : defaultLanguage;
  }
  return defaultLanguage;
}
