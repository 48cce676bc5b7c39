// Numbers in messages ({{count, number}}): each language's grouping and decimal sign, written from
// a table; and the same text as Intl.NumberFormat writes on this Node, which the table stands in
// for, so that a wrong separator or minimum grouping fails here.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/i18n/format-number.ts';
import { languages, type Language } from '../../../src/i18n/languages.ts';

const cases: readonly { name: string; input: readonly [Language, number]; want: string }[] = [
  { name: 'en groups thousands with commas', input: ['en', 1_048_576], want: '1,048,576' },
  { name: 'de groups thousands with full stops', input: ['de', 1_048_576], want: '1.048.576' },
  { name: 'it groups thousands with full stops', input: ['it', 1_048_576], want: '1.048.576' },
  { name: 'en groups four digits', input: ['en', 3600], want: '3,600' },
  { name: 'de groups four digits', input: ['de', 3600], want: '3.600' },
  { name: 'it leaves four digits whole', input: ['it', 3600], want: '3600' },
  { name: 'it groups five digits', input: ['it', 36_000], want: '36.000' },
  { name: 'small numbers stay as they are', input: ['de', 214], want: '214' },
  { name: 'zero', input: ['it', 0], want: '0' },
  { name: 'a negative number keeps its sign', input: ['en', -1234], want: '-1,234' },
  { name: 'de decimals after a comma', input: ['de', 1234.5], want: '1.234,5' },
  { name: 'at most three decimals, rounded', input: ['en', 1.0005], want: '1.001' },
  { name: 'rounding carries into the groups', input: ['de', 999.9995], want: '1.000' },
  { name: 'not a number', input: ['en', Number.NaN], want: 'NaN' },
  { name: 'infinity', input: ['it', Number.NEGATIVE_INFINITY], want: '-∞' },
];

describe('formatNumber', () => {
  it.each(cases)('$name', ({ input: [lang, value], want }) => {
    expect(formatNumber(lang, value)).toBe(want);
  });
});

const values = [
  0,
  -0,
  1,
  7,
  12,
  999,
  1000,
  1001,
  3600,
  9999,
  10_000,
  12_345,
  65_535,
  99_999,
  100_000,
  999_999,
  1_000_000,
  1_048_576,
  16_777_216,
  1e9,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  1e21,
  2 ** 70,
  -1,
  -999,
  -1000,
  -10_000,
  -1_048_576,
  0.5,
  0.125,
  0.0005,
  0.0004,
  1e-7,
  2.5,
  1234.5,
  0.1 + 0.2,
  1.9995,
  12_345.6789,
  -0.0001,
  -1234.5678,
];

const intlRows = languages.map((lang) => ({
  name: lang,
  input: lang,
  want: values.map((value) => new Intl.NumberFormat(lang).format(value)),
}));

describe('the number table writes what Intl writes on this Node', () => {
  it.each(intlRows)('$name', ({ input, want }) => {
    expect(values.map((value) => formatNumber(input, value))).toEqual(want);
  });
});
