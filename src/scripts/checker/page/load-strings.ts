// Loads only the page language's strings: one small chunk per file and language, never all.
import type { HandedStrings, NamespaceStrings } from '../../../i18n/translate-strings.ts';
import type { PageNamespace } from './translate.ts';

const checkerModules = import.meta.glob<NamespaceStrings<'checker'>>(
  '../../../../locales/*/checker.json',
  { import: 'default' },
);
const messageModules = import.meta.glob<NamespaceStrings<'messages'>>(
  '../../../../locales/*/messages.json',
  { import: 'default' },
);
/** The checker's and the core's strings for one language (the report's: report-actions.ts). */
export type LoadedStrings = HandedStrings<PageNamespace> & {
  /** Added once a bundle is seen; the page's translator finds them from then on. */
  bundle?: NamespaceStrings<'bundle'>;
};

// Strings only bundles need: loaded when the first bundle is seen (loadBundleStrings).
const bundleModules = import.meta.glob<NamespaceStrings<'bundle'>>(
  '../../../../locales/*/bundle.json',
  { import: 'default' },
);

/** Imports one of `modules`, a glob of one string file per language, for `lang` or English. */
export function pick<T>(
  modules: Record<string, () => Promise<T>>,
  lang: string,
  file: string,
): Promise<T> {
  const loader =
    modules[`../../../../locales/${lang}/${file}`] ?? modules[`../../../../locales/en/${file}`];
  if (loader === undefined) throw new Error(`checker strings missing: ${file}`);
  return loader();
}

/** Imports the string files of `lang` (English when the language is unknown). */
export async function loadStrings(lang: string): Promise<LoadedStrings> {
  const [checker, messages] = await Promise.all([
    pick(checkerModules, lang, 'checker.json'),
    pick(messageModules, lang, 'messages.json'),
  ]);
  return { checker, messages };
}

/** Adds the bundle strings of `lang` to `strings`, once. */
export async function loadBundleStrings(strings: LoadedStrings, lang: string): Promise<void> {
  strings.bundle ??= await pick(bundleModules, lang, 'bundle.json');
}
