// The page's few-line translator must say exactly what i18next says, for every string, also when
// it cuts a text at its placeholders (for the page, which isolates each value in a <bdi>).
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { languages } from '../../../src/i18n/languages.ts';
import type { TranslationKey } from '../../../src/i18n/translate.ts';
import { resources } from '../../../src/i18n/resources.ts';
import {
  translatePartsOf,
  translateStrings,
  type TextPart,
} from '../../../src/i18n/translate-strings.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const english = Object.entries(resources.en).flatMap(([ns, strings]) =>
  Object.entries(strings).map(([key, text]) => ({ key: `${ns}:${key}`, text })),
);

// Every placeholder of every string gets a value; the counting ones get numbers.
const params = {
  ...Object.fromEntries(
    english.flatMap(({ text }) =>
      [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => [m[1] ?? '', `<${m[1] ?? ''}>`]),
    ),
  ),
  total: 1200,
  pass: 1000,
  warn: 199,
  fail: 1,
  max: 500,
};

const keys = [...new Set(english.map(({ key }) => key.replace(pluralSuffix, '')))];
const rows = languages.flatMap((lang) =>
  keys.flatMap((key) =>
    [1, 1234].map((count) => ({ name: `${lang} ${key} ${count}`, lang, key, count })),
  ),
);

describe('the page translator and i18next agree on every string', () => {
  it.each(rows)('$name', ({ lang, key, count }) => {
    const cli = createTranslator(lang);
    const page = translateStrings(lang, resources[lang], 'site');
    expect([cli.exists(key), page.exists(key)]).toEqual([true, true]);
    if (!cli.exists(key) || !page.exists(key)) return;
    expect(page(key, { ...params, count })).toBe(cli(key, { ...params, count }));
  });
});

const joined = (parts: readonly TextPart[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

describe('texts cut at their placeholders still say what i18next says', () => {
  it.each(rows)('$name', ({ lang, key, count }) => {
    const cli = createTranslator(lang);
    const parts = translatePartsOf(lang, resources[lang], 'site');
    if (!cli.exists(key)) return;
    expect(joined(parts(key, { ...params, count }))).toBe(cli(key, { ...params, count }));
  });
});

describe('a text cut at its placeholders', () => {
  const cases: readonly {
    name: string;
    input: { key: TranslationKey<'checker'>; params: Record<string, string | number> };
    want: TextPart[];
  }[] = [
    {
      name: 'a value stands alone, named',
      input: { key: 'server.pending.text', params: { fqdn: 'a\u202eb.contoso.com' } },
      want: [{ name: 'fqdn', text: 'a\u202eb.contoso.com' }, ': waiting for a certificate.'],
    },
    {
      name: 'a number is formatted in its place, and picks the plural',
      input: { key: 'files.item.text', params: { name: 'a.cer', count: 1234 } },
      want: [{ name: 'name', text: 'a.cer' }, ' (', { name: 'count', text: '1,234' }, ' bytes)'],
    },
    {
      name: 'a placeholder without a value stays as written',
      input: { key: 'error.source.text', params: { name: 'a.cer' } },
      want: [{ name: 'name', text: 'a.cer' }, ': {{message}}'],
    },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    const parts = translatePartsOf('en', { checker: resources.en.checker }, 'checker');
    expect(parts(input.key, input.params)).toEqual(want);
  });
});
