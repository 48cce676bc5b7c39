// Reports are compared across teams and time zones, so instants are always shown in UTC,
// spelled the way the reader's language spells dates.
import type { Language } from '../../i18n/languages.ts';

const formats = new Map<Language, Intl.DateTimeFormat>();

/** Formats an instant for humans in the given language, in UTC, to the minute. */
export function formatDateTime(date: Date, lang: Language): string {
  let format = formats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: lang === 'en' ? 'h12' : 'h23',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    formats.set(lang, format);
  }
  return format.format(date);
}
