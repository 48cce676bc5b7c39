import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/create-translator.ts';
import { translateStrings } from '../../../src/i18n/translate-strings.ts';
import type { KeyOf, Translate, TranslationKey } from '../../../src/i18n/translate.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { createTranslate } from '../../../src/scripts/checker/page/translate.ts';

describe('one typed translator for the site, the checker, the reports and the CLI', () => {
  const t = createTranslator('de');

  it('renders a known key in the chosen language with its parameters', () => {
    expect(t('messages:input.error.empty')).not.toBe('messages:input.error.empty');
    expect(t('root.title')).toBe(resources.de.site['root.title']);
  });

  it('rejects an unknown key at compile time (astro check fails if this stops erroring)', () => {
    // @ts-expect-error -- the key is not in locales/en/messages.json
    const unknown: string = t('messages:input.error.no-such-key');
    expect(unknown).toBe('input.error.no-such-key');
    // @ts-expect-error -- checker keys need their prefix outside the checker
    expect(typeof t('section.title.text')).toBe('string');
  });

  it('calls plural keys without their suffix', () => {
    expectTypeOf<'messages:check.validity.valid'>().toExtend<TranslationKey>();
    expectTypeOf<'messages:check.validity.valid_one'>().not.toExtend<TranslationKey>();
    expectTypeOf<KeyOf<'checker'>>().toExtend<TranslationKey<'checker'>>();
  });

  it('requires the count of a counted key (issue 23: the file list showed files.item.text)', () => {
    const page = createTranslate('en', resources.en);
    // @ts-expect-error -- without `count`, no plural form is found and the key itself shows
    expect(page('files.item.text', { name: 'a.cer', size: 2 })).toBe('files.item.text');
    expect(page('files.item.text', { name: 'a.cer', count: 2 })).toBe('a.cer (2 bytes)');
    // @ts-expect-error -- prefixed keys too, in every translator
    expect(t('messages:check.validity.valid')).toBe('check.validity.valid');
  });

  it('lets a translator with more bare keys stand in for one with fewer', () => {
    expectTypeOf(createTranslate).returns.toExtend<Translate>();
    expectTypeOf(createTranslator).returns.toExtend<Translate>();
    expectTypeOf(translateStrings<'cli', 'cli'>).returns.not.toExtend<Translate<'checker'>>();
  });

  it('tells keys that arrive as data apart', () => {
    expect(t.exists('messages:check.validity.valid')).toBe(true);
    expect(t.exists('messages:check.validity.none')).toBe(false);
    const page = createTranslate('it', resources.it);
    expect(page.exists('messages:check.validity.valid')).toBe(true);
    expect(page.exists('messages:check.validity.none')).toBe(false);
  });
});
