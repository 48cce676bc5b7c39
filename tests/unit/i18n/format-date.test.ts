// Dates for people: one format per language and precision, always in UTC, and the same text for
// the same instant however often (and in whatever order) it is asked for; and the same text as
// Intl.DateTimeFormat writes on this Node, which the table stands in for, so that a typo in a
// month name or a pattern fails here.
import { describe, expect, it } from 'vitest';
import { dateConventions } from '../../../src/i18n/date-conventions.ts';
import { formatDate, type DatePrecision } from '../../../src/i18n/format-date.ts';
import { languages, type Language } from '../../../src/i18n/languages.ts';

const instant = new Date('2026-03-01T17:05:00Z');

const cases: readonly {
  name: string;
  input: readonly [Language, string | Date, DatePrecision][];
  want: readonly string[];
}[] = [
  {
    name: 'one instant in each language, then again: each language keeps its own text',
    input: [
      ['en', instant, 'minute'],
      ['de', instant, 'minute'],
      ['it', instant, 'minute'],
      ['en', instant, 'minute'],
      ['de', instant, 'minute'],
    ],
    want: [
      'Mar 1, 2026, 05:05 PM UTC',
      '1. März 2026, 17:05 UTC',
      '1 mar 2026, 17:05 UTC',
      'Mar 1, 2026, 05:05 PM UTC',
      '1. März 2026, 17:05 UTC',
    ],
  },
  {
    name: 'one instant as a day and to the minute: precisions do not share text',
    input: [
      ['en', instant, 'day'],
      ['en', instant, 'minute'],
      ['en', instant, 'day'],
    ],
    want: ['March 1, 2026', 'Mar 1, 2026, 05:05 PM UTC', 'March 1, 2026'],
  },
  {
    name: 'a calendar day given as text is the same day as its UTC midnight',
    input: [
      ['de', '2026-03-01', 'day'],
      ['de', new Date('2026-03-01T00:00:00Z'), 'day'],
    ],
    want: ['1. März 2026', '1. März 2026'],
  },
  {
    name: 'the day formats of the style guide',
    input: [
      ['en', '2012-10-03', 'day'],
      ['de', '2012-10-03', 'day'],
      ['it', '2012-10-03', 'day'],
    ],
    want: ['October 3, 2012', '3. Oktober 2012', '3 ottobre 2012'],
  },
  {
    name: 'noon is 12 PM in English and 12:00 elsewhere',
    input: [
      ['en', new Date('2026-06-01T12:00:00Z'), 'minute'],
      ['de', new Date('2026-06-01T12:00:00Z'), 'minute'],
      ['it', new Date('2026-06-01T12:00:00Z'), 'minute'],
    ],
    want: ['Jun 1, 2026, 12:00 PM UTC', '1. Juni 2026, 12:00 UTC', '1 giu 2026, 12:00 UTC'],
  },
  {
    name: 'the first minutes after midnight are 12 AM in English and 00 elsewhere',
    input: [
      ['en', new Date('2026-01-31T00:07:00Z'), 'minute'],
      ['de', new Date('2026-01-31T00:07:00Z'), 'minute'],
      ['it', new Date('2026-01-31T00:07:00Z'), 'minute'],
    ],
    want: ['Jan 31, 2026, 12:07 AM UTC', '31. Jan. 2026, 00:07 UTC', '31 gen 2026, 00:07 UTC'],
  },
  {
    name: 'seconds do not round the minute up',
    input: [['de', new Date('2026-09-30T23:59:59.999Z'), 'minute']],
    want: ['30. Sept. 2026, 23:59 UTC'],
  },
  {
    name: 'instants a minute apart stay apart',
    input: [
      ['it', new Date('2026-03-01T17:05:00Z'), 'minute'],
      ['it', new Date('2026-03-01T17:06:00Z'), 'minute'],
    ],
    want: ['1 mar 2026, 17:05 UTC', '1 mar 2026, 17:06 UTC'],
  },
];

describe('formatDate', () => {
  it.each(cases)('$name', ({ input, want }) => {
    expect(input.map(([lang, date, precision]) => formatDate(lang, date, precision))).toEqual(want);
  });

  it('an invalid date is refused, each time', () => {
    expect(() => formatDate('en', new Date(Number.NaN), 'minute')).toThrow(RangeError);
    expect(() => formatDate('en', new Date(Number.NaN), 'minute')).toThrow(RangeError);
    expect(() => formatDate('de', '2026-13-01')).toThrow(RangeError);
  });
});

// The Intl formats the table was taken from (ICU 78, CLDR 48).
const intlOptions = (lang: Language, precision: DatePrecision): Intl.DateTimeFormatOptions =>
  precision === 'day'
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: lang === 'en' ? 'h12' : 'h23',
        timeZone: 'UTC',
        timeZoneName: 'short',
      };

const precisions: readonly DatePrecision[] = ['day', 'minute'];
// Hours either side of midnight and noon, where 12-hour clocks turn; one- and two-digit days.
const times = [
  [0, 0],
  [0, 59],
  [1, 5],
  [9, 30],
  [11, 59],
  [12, 0],
  [12, 1],
  [13, 45],
  [23, 59],
] as const;

// Every month of each language and precision, on one- and two-digit days, as one row.
const dates = Array.from({ length: 12 }, (_, month) =>
  times.map(
    ([hour, minute], index) =>
      new Date(Date.UTC(2026, month, index % 2 === 0 ? 1 : 28, hour, minute)),
  ),
).flat();

const intlRows = languages.flatMap((lang) =>
  precisions.map((precision) => ({
    name: `${lang}, ${precision}`,
    input: { lang, precision },
    want: dates.map((date) =>
      new Intl.DateTimeFormat(lang, intlOptions(lang, precision)).format(date),
    ),
  })),
);

describe('the date table writes what Intl writes on this Node', () => {
  it.each(intlRows)('$name', ({ input, want }) => {
    expect(dates.map((date) => formatDate(input.lang, date, input.precision))).toEqual(want);
  });

  it.each(languages)('%s: the 12-hour clock names its halves as Intl does', (lang) => {
    const halves = [0, 12].map(
      (hour) =>
        new Intl.DateTimeFormat(lang, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' })
          .formatToParts(new Date(Date.UTC(2026, 0, 1, hour)))
          .find((part) => part.type === 'dayPeriod')?.value,
    );
    expect(dateConventions[lang].dayPeriods).toEqual(halves);
  });
});
