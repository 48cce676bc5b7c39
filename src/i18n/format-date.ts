// One way to write dates for people. Always in UTC: content dates are calendar days, not
// instants in the reader's zone, and reports are compared across teams and time zones. Written
// from the language's table (date-conventions.ts), not by Intl: see there why.
import { dateConventions, type DateField } from './date-conventions.ts';
import type { Language } from './languages.ts';

/** A calendar day (content dates) or an instant to the minute (certificates, reports). */
export type DatePrecision = 'day' | 'minute';

const twoDigits = (value: number): string => String(value).padStart(2, '0');

const field = /\{(\w+)\}/g;

/** Formats a date (YYYY-MM-DD is a day at UTC midnight) the way the language writes it. */
export function formatDate(
  lang: Language,
  date: string | Date,
  precision: DatePrecision = 'day',
): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  // As Intl does: an invalid date is a caller's error, not a text to show.
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid time value');
  const conventions = dateConventions[lang];
  const month = value.getUTCMonth();
  const hour = value.getUTCHours();
  const fields: Readonly<Record<DateField, string>> = {
    d: String(value.getUTCDate()),
    MMMM: conventions.months[month] ?? '',
    MMM: conventions.shortMonths[month] ?? '',
    y: String(value.getUTCFullYear()),
    hh: twoDigits(hour % 12 === 0 ? 12 : hour % 12),
    HH: twoDigits(hour),
    mm: twoDigits(value.getUTCMinutes()),
    a: conventions.dayPeriods[hour < 12 ? 0 : 1],
  };
  return conventions[precision].replace(field, (_whole, name: string) => fields[name as DateField]);
}
