// Every message code the core can emit is spelled out in its sources (never built from a
// template), typed by the English messages file, and renders in every language with its values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { englishResources } from '../../../src/i18n/resources.ts';
import type { MessageKey } from '../../../src/lib/cert/index.ts';
import type { WithoutPluralSuffix } from '../../../src/lib/cert/types.ts';
import type germanMessages from '../../../locales/de/messages.json';
import type italianMessages from '../../../locales/it/messages.json';
import type germanBundle from '../../../locales/de/bundle.json';
import type italianBundle from '../../../locales/it/bundle.json';
import { renderMessage } from '../../../src/lib/report/render-message.ts';

const coreDir = new URL('../../../src/lib/cert/', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
const coreText = sources(coreDir).join('\n');

const english = englishResources.messages;
/** The core's messages that only bundles need, in the `bundle` namespace. */
const bundleKeys = Object.keys(englishResources.bundle)
  .filter((key) => key.startsWith('input.error.'))
  .map((key) => `bundle:${key}`);
/** Every code once: plural forms (`_one`, `_other`) are one code, picked by its `count`. */
const keys = [
  ...new Set(Object.keys(english).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))),
  ...bundleKeys,
] as MessageKey[];
/** A code's English text (a plural code's `_other` form, which has every placeholder). */
const englishText = (key: MessageKey): string =>
  key.startsWith('bundle:')
    ? ((englishResources.bundle as Readonly<Record<string, string>>)[key.slice(7)] ?? '')
    : ((english as Readonly<Record<string, string>>)[key] ??
      (english as Readonly<Record<string, string>>)[`${key}_other`] ??
      '');
/** Codes the core spells out, so can emit: a quoted key, never a template. */
const emitted = keys.filter((key) => coreText.includes(`'${key}'`));
/** Keys kept for the front ends although the core never emits them. */
const notFromCore: readonly string[] = [
  // The report renderers' text for a run without a usable reference; the core sets a flag.
  'report.missing-reference',
];

// Compile-time: a code without German or Italian text does not type-check (`npm run check`).
type Untranslated =
  | Exclude<
      MessageKey,
      | WithoutPluralSuffix<keyof typeof germanMessages>
      | `bundle:${WithoutPluralSuffix<keyof typeof germanBundle>}`
    >
  | Exclude<
      MessageKey,
      | WithoutPluralSuffix<keyof typeof italianMessages>
      | `bundle:${WithoutPluralSuffix<keyof typeof italianBundle>}`
    >;
const allTranslated: [Untranslated] extends [never] ? true : Untranslated = true;
// @ts-expect-error a message code that the English messages file does not define
const unknownCode: MessageKey = 'check.hostname.no-such-outcome';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)(?:, *\w+)?\}\}/g)].map((m) => m[1] ?? '');

describe('message codes', () => {
  it('are typed: every code translated, unknown codes refused by the compiler', () => {
    expect([allTranslated, unknownCode]).toEqual([true, 'check.hostname.no-such-outcome']);
  });

  it('every messages key is a code the core spells out (or a listed front-end key)', () => {
    expect(keys.filter((key) => !emitted.includes(key))).toEqual(notFromCore);
  });

  it('no message key is built from a template string in the core', () => {
    // Template literal types that narrow MessageKey (`Extract<MessageKey, ...>`) build no key.
    const values = coreText
      .split('\n')
      .filter((line) => !line.includes('Extract<MessageKey'))
      .join('\n');
    expect(values.match(/`(check|input|fqdn|report)\.[^`]*\$\{/g) ?? []).toEqual([]);
  });

  const rows = emitted.flatMap((key) =>
    languages.map((lang) => ({ name: `${lang} ${key}`, key, lang })),
  );
  it.each(rows)('$name renders with its values', ({ key, lang }) => {
    const names = placeholders(englishText(key));
    // A count must be a number (it picks the plural form); 21 is a form of its own in some rules.
    const params = Object.fromEntries(
      names.map((name) => [name, name === 'count' ? 21 : `«${name}»`]),
    );
    // Rendered the way the CLI and the reports render every core message.
    const text = renderMessage({ key, params }, cliTranslator(lang), lang);
    expect({ key, text, leftover: text.includes('{{') || text === key }).toMatchObject({
      key,
      leftover: false,
    });
    for (const name of names) expect(text).toContain(name === 'count' ? '21' : `«${name}»`);
  });
});
