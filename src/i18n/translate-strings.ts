// The page cannot ship i18next (it would outweigh the checker's strings several times), so it
// gets its strings handed over and translates with these few lines. They follow i18next exactly
// where our strings use it: `{{name}}`, `{{name, number}}`, and plural keys picked by a numeric
// `count` (the language's `_one`/`_other`…, and i18next's `_zero`, which wins for 0 in any
// language); a test renders every key both ways and compares.
import { formatNumber } from './format-number.ts';
import type { Language } from './languages.ts';
import type { EnglishResources, Namespace } from './resources.ts';
import type { PrefixedKey, Translate, TranslateParams, TranslationKey } from './translate.ts';

/** One namespace's strings of one language, keyed as in the English resource file. */
export type NamespaceStrings<N extends Namespace> = Readonly<
  Record<keyof EnglishResources[N] & string, string>
>;

/** The namespaces' strings a translator is handed (those it is never handed show as keys). */
export type HandedStrings<N extends Namespace> = { readonly [K in N]: NamespaceStrings<K> };

const placeholder = /\{\{\s*([\w.-]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/** Replaces every `{{name}}` and `{{name, number}}`; unknown names stay visible for debugging. */
function interpolate(text: string, params: TranslateParams, lang: Language): string {
  return text.replace(placeholder, (whole, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    return format === 'number' && typeof value === 'number'
      ? formatNumber(lang, value)
      : String(value);
  });
}

/**
 * Creates a translator over handed-over strings, with `defaultNs` keys callable without prefix.
 */
export function translateStrings<N extends Namespace, D extends N>(
  lang: Language,
  strings: HandedStrings<N>,
  defaultNs: D,
): Translate<D> {
  const plurals = new Intl.PluralRules(lang);
  const tables = new Map<string, Readonly<Record<string, string>>>(Object.entries(strings));
  const lookup = (key: string, count: unknown): string | undefined => {
    const split = key.indexOf(':');
    const name = key.slice(split + 1);
    const table = tables.get(split < 0 ? defaultNs : key.slice(0, split)) ?? {};
    const plural =
      typeof count === 'number'
        ? ((count === 0 ? table[`${name}_zero`] : undefined) ??
          table[`${name}_${plurals.select(count)}`] ??
          table[`${name}_other`])
        : undefined;
    return plural ?? table[name];
  };
  const translate = (key: TranslationKey<D>, params: TranslateParams = {}): string => {
    const text = lookup(key, params['count']);
    return text === undefined ? key : interpolate(text, params, lang);
  };
  const exists = (key: string): key is PrefixedKey => lookup(key, 2) !== undefined;
  return Object.assign(translate, { exists });
}
