import { createInstance } from 'i18next';
import { formatNumber } from './format-number.ts';
import type { Language } from './languages.ts';
import { resources, type Namespace } from './resources.ts';
import type { PrefixedKey, Translate, TranslateParams, TranslationKey } from './translate.ts';

/** Options shared by every i18next instance: flat keys, plain-text output. */
export const i18nextOptions = {
  keySeparator: false,
  nsSeparator: ':',
  returnNull: false,
  // Output goes into text nodes, terminals and Markdown, never into raw HTML.
  interpolation: { escapeValue: false },
} as const;

// Site first: the page chrome, the one caller at build time, writes its keys without prefix.
const namespaces = [
  'site',
  'checker',
  'messages',
  'cli',
  'report',
  'bundle',
  'form',
] as const satisfies readonly Namespace[];

/**
 * Creates the i18next translator of one language over every namespace (build time and CLI, where
 * all strings are at hand); `site` keys are also callable without their prefix.
 */
export function createTranslator(lang: Language): Translate<'site'> {
  const instance = createInstance();
  void instance.init({
    ...i18nextOptions,
    lng: lang,
    fallbackLng: false,
    defaultNS: 'site',
    ns: namespaces,
    resources: { [lang]: resources[lang] },
    initAsync: false,
  });
  // `{{count, number}}` as the page writes it: i18next's own would start Intl.NumberFormat.
  instance.services.formatter?.add('number', (value: unknown) =>
    typeof value === 'number' ? formatNumber(lang, value) : String(value),
  );
  const t = instance.getFixedT(lang, namespaces);
  const translate = (key: TranslationKey<'site'>, params?: TranslateParams): string =>
    t(key, params ?? {});
  // With a count, i18next finds a plural key by its `_other` form and any other key as it is.
  const exists = (key: string): key is PrefixedKey => instance.exists(key, { count: 2 });
  return Object.assign(translate, { exists });
}
