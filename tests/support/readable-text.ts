// What a person must never read, whichever surface shows it (page, copied report, CLI): a raw
// key, an object or a missing value, an unfilled placeholder, and, in German and Italian, English
// or a number torn from its unit. Unit and browser tests share this one check.
import { englishLeaks } from '../../src/i18n/english-leaks.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { resources } from '../../src/i18n/resources.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Every key of every namespace, as stored (`files.item.text_one`) and as called
// (`files.item.text`); longest first, so that a stored key is named rather than its base.
const keys = [
  ...new Set(
    Object.values(resources.en).flatMap((strings) =>
      Object.keys(strings).flatMap((key) => [
        key,
        key.replace(/_(zero|one|two|few|many|other)$/, ''),
      ]),
    ),
  ),
].sort((a, b) => b.length - a.length);
const rawKey = new RegExp(`(?<![\\w.-])(${keys.map(escape).join('|')})(?![\\w-]|\\.\\w)`, 'g');

// Left by a value that was not text: an object, a missing parameter, a failed number.
const garbage = /\[object|\bundefined\b|\bNaN\b|\{\{|\}\}/g;

// A word counts where it starts and ends, so "Band" holds no "and"; case counts too, so that a
// certificate's English name ("Contoso Root CA") is not taken for our own English ("root CA").
const leak = new RegExp(
  `(?<![\\p{L}\\p{N}])(${englishLeaks.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

// German and Italian keep a number with its unit by a no-break space; "z. B." likewise.
const tornUnit =
  /\d (Bit|Byte|Tag|Tage|Tagen|Sekunden|Zeichen|bit|byte|giorno|giorni|secondi|caratteri)(?![\p{L}])|z\. B\./gu;

/**
 * Everything in `text` that a reader of `lang` must not see, each named with what it is (an
 * empty list when the text reads right).
 */
export function unreadableParts(text: string, lang: Language): string[] {
  const found = [
    ...[...text.matchAll(rawKey)].map((m) => `raw key ${m[0]}`),
    ...[...text.matchAll(garbage)].map((m) => `garbage ${m[0]}`),
  ];
  if (lang !== 'en') {
    found.push(...[...text.matchAll(leak)].map((m) => `English "${m[0]}"`));
    found.push(...[...text.matchAll(tornUnit)].map((m) => `torn apart "${m[0]}"`));
  }
  return [...new Set(found)];
}
