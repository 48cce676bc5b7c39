// Loads only the page language's strings: one small chunk per file and language, never all.
import type { CheckerStrings, MessageStrings } from './translate.ts';

const checkerModules = import.meta.glob<CheckerStrings>('../../../locales/*/checker.json', {
  import: 'default',
});
const messageModules = import.meta.glob<MessageStrings>('../../../locales/*/messages.json', {
  import: 'default',
});
const cliModules = import.meta.glob<MessageStrings>('../../../locales/*/cli.json', {
  import: 'default',
});

/** The checker's, the core's and the report renderers' strings for one language. */
export interface LoadedStrings {
  readonly checker: CheckerStrings;
  readonly messages: MessageStrings;
  readonly cli: MessageStrings;
}

function pick<T>(
  modules: Record<string, () => Promise<T>>,
  lang: string,
  file: string,
): Promise<T> {
  const loader =
    modules[`../../../locales/${lang}/${file}`] ?? modules[`../../../locales/en/${file}`];
  if (loader === undefined) throw new Error(`checker strings missing: ${file}`);
  return loader();
}

/** Imports the string files of `lang` (English when the language is unknown). */
export async function loadStrings(lang: string): Promise<LoadedStrings> {
  const [checker, messages, cli] = await Promise.all([
    pick(checkerModules, lang, 'checker.json'),
    pick(messageModules, lang, 'messages.json'),
    pick(cliModules, lang, 'cli.json'),
  ]);
  return { checker, messages, cli };
}
