// One way to write dates for people. Always in UTC: content dates are calendar days, not
// instants in the reader's zone, and reports are compared across teams and time zones.
import type { Language } from './languages.ts';

/** A calendar day (content dates) or an instant to the minute (certificates, reports). */
export type DatePrecision = 'day' | 'minute';

const options: Readonly<Record<DatePrecision, (lang: Language) => Intl.DateTimeFormatOptions>> = {
  day: () => ({ dateStyle: 'long', timeZone: 'UTC' }),
  minute: (lang) => ({
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: lang === 'en' ? 'h12' : 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }),
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date (YYYY-MM-DD is a day at UTC midnight) the way the language writes it. */
export function formatDate(
  lang: Language,
  date: string | Date,
  precision: DatePrecision = 'day',
): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  let format = formats.get(`${lang} ${precision}`);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, options[precision](lang));
    formats.set(`${lang} ${precision}`, format);
  }
  return format.format(value);
}
