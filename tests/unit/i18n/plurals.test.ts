// Counts read right in every language: the plural form and the number's spelling follow the
// language, on the page (Intl.PluralRules) and in the CLI and reports (i18next) alike.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { languages, type Language } from '../../../src/i18n/languages.ts';
import { resources } from '../../../src/i18n/resources.ts';
import type { PrefixedKey } from '../../../src/i18n/translate.ts';
import { createTranslate } from '../../../src/scripts/checker/page/translate.ts';

const counts = [0, 1, 2, 21] as const;

// What each count must read as, per language; `#` stands for the count.
const plurals: readonly {
  readonly key: PrefixedKey;
  readonly params?: Readonly<Record<string, string>>;
  readonly want: Readonly<
    Record<Language, { readonly zero?: string; readonly one: string; readonly other: string }>
  >;
}[] = [
  {
    key: 'messages:check.validity.valid',
    params: { notAfter: 'D' },
    want: {
      en: { one: '(# day left)', other: '(# days left)' },
      de: { one: '(noch #\u00a0Tag)', other: '(noch #\u00a0Tage)' },
      it: { one: '(manca #\u00a0giorno)', other: '(mancano #\u00a0giorni)' },
    },
  },
  {
    key: 'messages:check.validity.expiring-soon',
    params: { notAfter: 'D' },
    want: {
      // The last day before expiry says so: "in 0 days" is no answer (review C-5).
      en: {
        zero: 'Expires within a day, on D.',
        one: 'Expires in # day, on D.',
        other: 'Expires in # days, on D.',
      },
      de: {
        zero: 'Läuft innerhalb eines Tages ab (am D).',
        one: 'Läuft in #\u00a0Tag ab (am D).',
        other: 'Läuft in #\u00a0Tagen ab (am D).',
      },
      it: {
        zero: 'Scade entro un giorno (data di scadenza: D).',
        one: 'Scade tra #\u00a0giorno (data di scadenza: D).',
        other: 'Scade tra #\u00a0giorni (data',
      },
    },
  },
  {
    key: 'checker:files.item.text',
    params: { name: 'a.cer' },
    want: {
      en: { one: 'a.cer (# byte)', other: 'a.cer (# bytes)' },
      de: { one: 'a.cer (#\u00a0Byte)', other: 'a.cer (#\u00a0Byte)' },
      it: { one: 'a.cer (#\u00a0byte)', other: 'a.cer (#\u00a0byte)' },
    },
  },
  {
    key: 'messages:input.error.too-large',
    want: {
      en: { one: 'larger than # byte,', other: 'larger than # bytes,' },
      de: { one: 'größer als #\u00a0Byte ', other: 'größer als #\u00a0Byte ' },
      it: { one: 'supera #\u00a0byte,', other: 'supera #\u00a0byte,' },
    },
  },
  {
    key: 'messages:check.hostname.first-of-many-mismatch',
    params: { fqdn: 'F', subject: 'S', names: 'N' },
    want: {
      en: { one: 'The only server certificate', other: 'None of the # server certificates' },
      de: { one: 'Das einzige Serverzertifikat', other: 'Keines der # Serverzertifikate' },
      it: { one: "L'unico certificato server", other: 'Nessuno dei # certificati server' },
    },
  },
];

const rows = plurals.flatMap(({ key, params, want }) =>
  languages.flatMap((lang) =>
    counts.map((count) => {
      const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
      const text = (count === 0 ? want[lang].zero : undefined) ?? want[lang][form];
      return {
        name: `${lang} ${key} ${count}`,
        input: { lang, key, params: { ...params, count } },
        want: text.replace('#', String(count)),
      };
    }),
  ),
);

describe('counts use the language’s plural forms', () => {
  it.each(rows)('$name', ({ input, want }) => {
    const cli = createTranslator(input.lang)(input.key, input.params);
    const page = createTranslate(input.lang, resources[input.lang])(input.key, input.params);
    expect(cli).toContain(want);
    expect(page).toBe(cli);
  });
});

const numbers = [
  { name: 'en', input: 'en', want: 'larger than 1,048,576 bytes' },
  { name: 'de', input: 'de', want: 'größer als 1.048.576\u00a0Byte' },
  { name: 'it', input: 'it', want: 'supera 1.048.576\u00a0byte' },
  // Italian has a form for whole millions ("1 milione di"); the digits read the same.
  { name: 'it, a whole million', input: 'it', want: 'supera 1.000.000\u00a0byte' },
] as const;

describe('numbers in messages are spelled the language’s way', () => {
  it.each(numbers)('$name', ({ name, input, want }) => {
    const count = name.includes('million') ? 1_000_000 : 1_048_576;
    const key = 'messages:input.error.too-large';
    const cli = createTranslator(input)(key, { count });
    expect(cli).toContain(want);
    expect(createTranslate(input, resources[input])(key, { count })).toBe(cli);
  });
});
