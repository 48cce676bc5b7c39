// The CLI translates with the page's few-line translator, not i18next (issue 24: starting i18next
// cost a one-server check about 5 ms): it must say exactly what i18next says for every key and
// set of parameters, in order, repeats included, and never hand one call's text to another.
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../src/cli/translator.ts';
import { createTranslator } from '../../src/i18n/create-translator.ts';
import type { Language } from '../../src/i18n/languages.ts';

type Call = readonly [key: string, params?: Readonly<Record<string, string | number>>];

const calls: readonly Call[] = [
  ['report:report.label.checked-at'],
  ['report:report.label.checked-at'],
  ['report:report.input.server', { fqdn: 'pchat01.contoso.com' }],
  ['report:report.input.server', { fqdn: 'pchat02.contoso.com' }],
  ['report:report.input.server', { fqdn: 'pchat01.contoso.com' }],
  ['checker:result.passing', { count: 1 }],
  ['checker:result.passing', { count: 2 }],
  ['checker:result.passing', { count: 1 }],
  ['checker:result.passing', { count: 1000 }],
];

/** What a translator says for each call, in order. */
const said = (t: (key: string, params?: Call[1]) => string) => calls.map(([k, p]) => t(k, p));

describe('cliTranslator', () => {
  it.each([
    { name: 'English', input: 'en' as Language, want: createTranslator('en') },
    { name: 'German', input: 'de' as Language, want: createTranslator('de') },
    { name: 'Italian', input: 'it' as Language, want: createTranslator('it') },
  ])('says what i18next says, call after call: $name', ({ input, want }) => {
    const plain = (t: unknown) => t as (key: string, params?: Call[1]) => string;
    expect(said(plain(cliTranslator(input)))).toEqual(said(plain(want)));
  });
});
