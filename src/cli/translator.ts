// The CLI's translator. A report says the same few dozen things many times (a 20-server report
// asks for about 1,000 strings, 72 of them different), and each i18next call costs more than
// the run can afford in a process that lives a tenth of a second: each string is made once.
import { createTranslator } from '../i18n/create-translator.ts';
import type { Language } from '../i18n/languages.ts';
import type { Translate, TranslateParams, TranslationKey } from '../i18n/translate.ts';

/** The CLI's translator: every namespace of one language (all are bundled in the CLI). */
export function cliTranslator(lang: Language): Translate {
  const translate = createTranslator(lang);
  // Keys and parameters are type-checked where the renderers call the returned function.
  const call = translate as unknown as (key: string, params?: TranslateParams) => string;
  const made = new Map<string, string>();
  // A string is a function of its key and parameters alone (one language, no context).
  const remembered = (key: TranslationKey<'site'>, params?: TranslateParams): string => {
    const id = params === undefined ? key : `${key}\n${JSON.stringify(params)}`;
    let text = made.get(id);
    if (text === undefined) {
      text = call(key, params);
      made.set(id, text);
    }
    return text;
  };
  return Object.assign(remembered, { exists: translate.exists });
}
