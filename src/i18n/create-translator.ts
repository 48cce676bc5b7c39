import { createInstance, type TFunction } from 'i18next';
import type { Language } from './languages.ts';
import type { Namespace, Strings } from './resources.ts';

/** Options shared by every i18next instance: flat keys, plain-text output. */
export const i18nextOptions = {
  keySeparator: false,
  nsSeparator: ':',
  returnNull: false,
  // Output goes into text nodes, terminals and Markdown, never into raw HTML.
  interpolation: { escapeValue: false },
} as const;

/**
 * Creates a synchronous translator for one language from already loaded resources, bound to
 * one namespace so that its keys are typed (an unknown key is a compile error).
 */
export function createTranslator<N extends Namespace = 'site'>(
  lang: Language,
  bundles: Partial<Record<Namespace, Strings>>,
  namespace: N = 'site' as N,
): TFunction<N> {
  const instance = createInstance();
  void instance.init({
    ...i18nextOptions,
    lng: lang,
    fallbackLng: false,
    defaultNS: namespace,
    ns: Object.keys(bundles),
    resources: { [lang]: bundles },
    initAsync: false,
  });
  return instance.getFixedT(lang, namespace);
}
