import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/i18n/format-date.ts';
import { labelledLines, wrapIndented, wrapText } from '../../../src/lib/report/wrap-text.ts';

describe('text layout helpers', () => {
  it.each([
    { name: 'short text stays', input: () => wrapText('a b c', 10), want: ['a b c'] },
    { name: 'wraps at spaces', input: () => wrapText('aaa bbb ccc', 7), want: ['aaa bbb', 'ccc'] },
    {
      name: 'long word kept whole',
      input: () => wrapText('a ' + 'x'.repeat(12), 5),
      want: ['a', 'x'.repeat(12)],
    },
    { name: 'keeps line breaks', input: () => wrapText('a\nb', 10), want: ['a', 'b'] },
    // German and Italian keep a number with its unit, and "z. B.", by a no-break space (DE-13).
    {
      name: 'keeps a number and its unit together',
      input: () => wrapText('mindestens 2048\u00a0Bit verwenden', 15),
      want: ['mindestens', '2048\u00a0Bit', 'verwenden'],
    },
    {
      name: 'keeps "z. B." together',
      input: () => wrapText('Eingabe (z.\u00a0B. 2025-03-01)', 10),
      want: ['Eingabe', '(z.\u00a0B.', '2025-03-01)'],
    },
    {
      name: 'keeps a number and its unit together in an indented block',
      input: () => wrapIndented('Chiave RSA a 2048\u00a0bit.', 18, 4),
      want: ['    Chiave RSA a', '    2048\u00a0bit.'],
    },
    { name: 'runs of spaces are one', input: () => wrapText('a  b   c', 10), want: ['a b c'] },
    {
      name: 'a first prefix shorter than the indent keeps the indent',
      input: () => wrapIndented('one two three four', 14, 4, '- '),
      want: ['- one two', '    three four'],
    },
    {
      name: 'colour codes take no columns in a first prefix',
      input: () => wrapIndented('one two three', 17, 2, '\u001b[31m[X]\u001b[0m '),
      want: ['\u001b[31m[X]\u001b[0m one two three'],
    },
    {
      name: 'indents with a first prefix',
      input: () => wrapIndented('one two three four', 16, 4, '- '),
      want: ['- one two', '    three four'],
    },
    {
      name: 'aligns labels',
      input: () =>
        labelledLines(
          [
            ['A', '1'],
            ['Long', '2'],
          ],
          80,
          2,
        ),
      want: ['  A:    1', '  Long: 2'],
    },
    {
      name: 'a value with one word too long goes below its label, all of it',
      input: () => labelledLines([['Hash', 'ab ' + 'f'.repeat(20)]], 20, 0),
      want: ['Hash:', '  ab', '  ' + 'f'.repeat(20)],
    },
    {
      name: 'puts a too long value below its label',
      input: () => labelledLines([['Hash', 'f'.repeat(20)]], 20, 0),
      want: ['Hash:', '  ' + 'f'.repeat(20)],
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toEqual(want);
  });

  it.each([
    {
      name: 'en',
      input: formatDate('en', new Date('2025-12-01T17:05:00Z'), 'minute'),
      want: /Dec 1, 2025.*05.*PM.*UTC/,
    },
    {
      name: 'de',
      input: formatDate('de', new Date('2025-12-01T17:05:00Z'), 'minute'),
      want: /1\. Dez\. 2025.*17:05.*UTC/,
    },
    {
      name: 'it',
      input: formatDate('it', new Date('2025-12-01T17:05:00Z'), 'minute'),
      want: /1 dic 2025.*17:05.*UTC/,
    },
  ])('formats dates in $name, in UTC', ({ input, want }) => {
    expect(input).toMatch(want);
  });
});
