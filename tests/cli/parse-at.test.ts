import { describe, expect, it } from 'vitest';
import { parseAt } from '../../src/cli/parse-at.ts';

const at = (iso: string) => ({ ok: true, at: new Date(iso) });
const invalid = { ok: false, key: 'cli.error.at-invalid' };

describe('parseAt accepts RFC 3339 date-times with an offset, and dates', () => {
  it.each([
    { name: 'Z', input: '2026-06-01T10:20:30Z', want: at('2026-06-01T10:20:30.000Z') },
    {
      name: 'lowercase t and z',
      input: '2026-06-01t10:20:30z',
      want: at('2026-06-01T10:20:30.000Z'),
    },
    {
      name: 'positive offset',
      input: '2026-06-01T02:00:00+02:00',
      want: at('2026-06-01T00:00:00.000Z'),
    },
    {
      name: 'negative offset',
      input: '2026-05-31T19:30:00-04:30',
      want: at('2026-06-01T00:00:00.000Z'),
    },
    { name: 'fraction', input: '2026-06-01T00:00:00.1234Z', want: at('2026-06-01T00:00:00.123Z') },
    {
      name: 'space separator',
      input: '2026-06-01 00:00:00Z',
      want: at('2026-06-01T00:00:00.000Z'),
    },
    { name: 'date is midnight UTC', input: '2026-06-01', want: at('2026-06-01T00:00:00.000Z') },
    { name: 'leap day', input: '2028-02-29', want: at('2028-02-29T00:00:00.000Z') },
    {
      name: 'no offset',
      input: '2026-06-01T10:00:00',
      want: { ok: false, key: 'cli.error.at-no-offset' },
    },
    { name: 'no seconds', input: '2026-06-01T10:00Z', want: invalid },
    { name: 'not a leap year', input: '2026-02-29', want: invalid },
    { name: 'month 13', input: '2026-13-01', want: invalid },
    { name: 'hour 24', input: '2026-06-01T24:00:00Z', want: invalid },
    { name: 'second 60', input: '2026-06-01T09:00:60Z', want: invalid },
    { name: 'second 59', input: '2026-06-01T09:00:59Z', want: at('2026-06-01T09:00:59.000Z') },
    { name: 'offset hour 24', input: '2026-06-01T10:00:00+24:00', want: invalid },
    { name: 'words', input: 'tomorrow', want: invalid },
    { name: 'epoch number', input: '1767225600', want: invalid },
    { name: 'compact ISO', input: '20260601T000000Z', want: invalid },
  ])('$name: $input', ({ input, want }) => {
    expect(parseAt(input)).toEqual(want);
  });
});
