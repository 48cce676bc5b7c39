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

/** Creates a synchronous translator for one language from already loaded resources. */
export function createTranslator(
  lang: Language,
  bundles: Partial<Record<Namespace, Strings>>,
  defaultNS: Namespace = 'site',
): TFunction {
  const instance = createInstance();
  void instance.init({
    ...i18nextOptions,
    lng: lang,
    fallbackLng: false,
    defaultNS,
    ns: Object.keys(bundles),
    resources: { [lang]: bundles },
    initAsync: false,
  });
  return instance.t;
}
