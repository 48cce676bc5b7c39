// The page's few-line translator must say exactly what i18next says, for every string.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { translateStrings } from '../../../src/i18n/translate-strings.ts';

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
