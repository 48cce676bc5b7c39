// How each language writes our two kinds of date, as data: CLDR's month names and patterns, in
// the words Intl.DateTimeFormat used for them (ICU 78, CLDR 48). A table rather than Intl, because
// the first Intl date format costs a one-server CLI check 10–15 ms of ICU start-up, and because a
// table writes the same text in every browser and every Node; a test compares it with Intl.
import type { Language } from './languages.ts';

/** The fields a pattern names, in CLDR's letters: `{d}` day, `{hh}` 12-hour, `{HH}` 24-hour… */
export type DateField = 'd' | 'MMMM' | 'MMM' | 'y' | 'hh' | 'HH' | 'mm' | 'a';

/** One language's way of writing dates: month names, day periods, and a pattern per precision. */
export interface DateConventions {
  /** Month names in a date ("3 ottobre 2012"), January first. */
  readonly months: readonly string[];
  /** Abbreviated month names in a date ("1 giu 2026"), January first. */
  readonly shortMonths: readonly string[];
  /** Names of the morning and afternoon halves of a 12-hour clock. */
  readonly dayPeriods: readonly [am: string, pm: string];
  /** A calendar day: `{field}` placeholders in the language's words and punctuation. */
  readonly day: string;
  /** An instant to the minute, always in UTC. */
  readonly minute: string;
}

/** Each language's date conventions. */
export const dateConventions: Readonly<Record<Language, DateConventions>> = {
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    shortMonths: [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ],
    dayPeriods: ['AM', 'PM'],
    day: '{MMMM} {d}, {y}',
    minute: '{MMM} {d}, {y}, {hh}:{mm} {a} UTC',
  },
  de: {
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    shortMonths: [
      'Jan.',
      'Feb.',
      'März',
      'Apr.',
      'Mai',
      'Juni',
      'Juli',
      'Aug.',
      'Sept.',
      'Okt.',
      'Nov.',
      'Dez.',
    ],
    dayPeriods: ['AM', 'PM'],
    day: '{d}. {MMMM} {y}',
    minute: '{d}. {MMM} {y}, {HH}:{mm} UTC',
  },
  it: {
    months: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
    shortMonths: [
      'gen',
      'feb',
      'mar',
      'apr',
      'mag',
      'giu',
      'lug',
      'ago',
      'set',
      'ott',
      'nov',
      'dic',
    ],
    dayPeriods: ['AM', 'PM'],
    day: '{d} {MMMM} {y}',
    minute: '{d} {MMM} {y}, {HH}:{mm} UTC',
  },
};
