// Every message code the core can emit is spelled out in its sources (never built from a
// template), typed by the English messages file, and renders in every language with its values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { englishResources } from '../../../src/i18n/resources.ts';
import type { MessageKey } from '../../../src/lib/cert/index.ts';
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
const keys = Object.keys(english) as MessageKey[];
/** Codes the core spells out, so can emit: a quoted key, never a template. */
const emitted = keys.filter((key) => coreText.includes(`'${key}'`));
/** Keys kept for the front ends although the core never emits them. */
const notFromCore: readonly string[] = [
  // The report renderers' text for a run without a usable reference; the core sets a flag.
  'report.missing-reference',
];

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');

describe('message codes', () => {
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
    const names = placeholders(english[key]);
    const params = Object.fromEntries(names.map((name) => [name, `«${name}»`]));
    // Rendered the way the CLI and the reports render every core message.
    const text = renderMessage({ key, params }, cliTranslator(lang), lang);
    expect({ key, text, leftover: text.includes('{{') || text === key }).toMatchObject({
      key,
      leftover: false,
    });
    for (const name of names) expect(text).toContain(`«${name}»`);
  });
});
