import type { Language } from './languages.ts';

/** Formats a calendar date (YYYY-MM-DD or a Date at UTC midnight) the way the language writes it. */
export function formatDate(lang: Language, date: string | Date): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  // UTC, because content dates are calendar days, not instants in the reader's zone.
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}
