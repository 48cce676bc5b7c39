import { describe, expect, it } from 'vitest';
import { languageFromEnv } from '../../src/cli/pick-language.ts';

describe('languageFromEnv follows POSIX precedence, else English', () => {
  it.each([
    { name: 'nothing set', input: {}, want: 'en' },
    { name: 'LANG', input: { LANG: 'de_DE.UTF-8' }, want: 'de' },
    { name: 'LANG bare', input: { LANG: 'it' }, want: 'it' },
    { name: 'LC_MESSAGES over LANG', input: { LANG: 'de_DE', LC_MESSAGES: 'it_IT' }, want: 'it' },
    {
      name: 'LC_ALL over all',
      input: { LANG: 'de_DE', LC_MESSAGES: 'it_IT', LC_ALL: 'en_US' },
      want: 'en',
    },
    { name: 'empty LC_ALL is ignored', input: { LC_ALL: '', LANG: 'de_AT.UTF-8' }, want: 'de' },
    { name: 'C locale', input: { LANG: 'C.UTF-8' }, want: 'en' },
    { name: 'unsupported language', input: { LC_ALL: 'fr_FR', LANG: 'de_DE' }, want: 'en' },
    { name: 'modifier', input: { LANG: 'de_DE@euro' }, want: 'de' },
    { name: 'upper case', input: { LANG: 'DE_DE' }, want: 'de' },
  ])('$name', ({ input, want }) => {
    expect(languageFromEnv(input)).toBe(want);
  });
});
