// Dates for people: one format per language and precision, always in UTC, and the same text for
// the same instant however often (and in whatever order) it is asked for: formats are reused
// across languages and precisions, never mixed up.
import { describe, expect, it } from 'vitest';
import { formatDate, type DatePrecision } from '../../../src/i18n/format-date.ts';
import type { Language } from '../../../src/i18n/languages.ts';

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
  });
});
