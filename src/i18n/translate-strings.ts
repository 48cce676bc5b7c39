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

/** A piece of a translated text: literal text, or a parameter's value with the parameter's name. */
export type TextPart = string | { readonly name: string; readonly text: string };

/**
 * Cuts `text` at its `{{name}}` and `{{name, number}}` placeholders, each replaced by its value;
 * unknown names stay visible (as literal text) for debugging.
 */
function cut(text: string, params: TranslateParams, lang: Language): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(placeholder)) {
    const [whole, name = '', format] = match;
    const value = params[name];
    if (value === undefined) continue;
    parts.push(text.slice(at, match.index));
    const shown =
      format === 'number' && typeof value === 'number' ? formatNumber(lang, value) : String(value);
    parts.push({ name, text: shown });
    at = match.index + whole.length;
  }
  parts.push(text.slice(at));
  return parts.filter((part) => part !== '');
}

/** A translator whose texts come back cut at their parameters (for isolating each value). */
export type TranslateParts<D extends Namespace> = (
  key: TranslationKey<D>,
  params?: TranslateParams,
) => TextPart[];

/** Both translators over the same strings: whole texts, and texts cut at their parameters. */
function translators<N extends Namespace, D extends N>(
  lang: Language,
  strings: HandedStrings<N>,
  defaultNs: D,
): { translate: Translate<D>; parts: TranslateParts<D> } {
  const plurals = new Intl.PluralRules(lang);
  // Looked up at each call: a namespace handed over later (the page's bundle strings, loaded when
  // a bundle is first seen) is found from then on.
  const tables: Readonly<Partial<Record<string, Readonly<Record<string, string>>>>> = strings;
  const lookup = (key: string, count: unknown): string | undefined => {
    const split = key.indexOf(':');
    const name = key.slice(split + 1);
    const table = tables[split < 0 ? defaultNs : key.slice(0, split)] ?? {};
    const plural =
      typeof count === 'number'
        ? ((count === 0 ? table[`${name}_zero`] : undefined) ??
          table[`${name}_${plurals.select(count)}`] ??
          table[`${name}_other`])
        : undefined;
    return plural ?? table[name];
  };
  const parts = (key: TranslationKey<D>, params: TranslateParams = {}): TextPart[] => {
    const text = lookup(key, params['count']);
    return text === undefined ? [key] : cut(text, params, lang);
  };
  const translate = (key: TranslationKey<D>, params: TranslateParams = {}): string =>
    parts(key, params)
      .map((part) => (typeof part === 'string' ? part : part.text))
      .join('');
  const exists = (key: string): key is PrefixedKey => lookup(key, 2) !== undefined;
  return { translate: Object.assign(translate, { exists }), parts };
}

/**
 * Creates a translator over handed-over strings, with `defaultNs` keys callable without prefix.
 */
export function translateStrings<N extends Namespace, D extends N>(
  lang: Language,
  strings: HandedStrings<N>,
  defaultNs: D,
): Translate<D> {
  return translators(lang, strings, defaultNs).translate;
}

/** Creates a translator like `translateStrings` whose texts come back cut at their parameters. */
export function translatePartsOf<N extends Namespace, D extends N>(
  lang: Language,
  strings: HandedStrings<N>,
  defaultNs: D,
): TranslateParts<D> {
  return translators(lang, strings, defaultNs).parts;
}
