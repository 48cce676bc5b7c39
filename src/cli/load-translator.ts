// The CLI's translator as a run makes it: translator.ts's, over the strings of the one language
// the run speaks. Each language is a chunk of its own in the bundle, so that a run does not build
// the other two languages' strings (two thirds of them) as objects it never reads.
import type { Language } from '../i18n/languages.ts';
import type { LanguageResources } from '../i18n/resources.ts';
import type { Translate } from '../i18n/translate.ts';
import { translateStrings } from '../i18n/translate-strings.ts';

const languageResources: Readonly<
  Record<Language, () => Promise<{ readonly strings: LanguageResources }>>
> = {
  en: () => import('../i18n/resources-en.ts'),
  de: () => import('../i18n/resources-de.ts'),
  it: () => import('../i18n/resources-it.ts'),
};

/** The CLI's translator (the same as `cliTranslator`), with only that language's strings read. */
export async function loadCliTranslator(lang: Language): Promise<Translate> {
  const { strings } = await languageResources[lang]();
  return translateStrings(lang, strings, 'site');
}
