// The renderers never import an i18next instance: the front end (CLI, page) hands them a
// translate function, so they stay pure and load no language they do not need.
import type { Language } from '../../i18n/languages.ts';
import type { InputSources } from './input-source.ts';

/** Parameters a translation interpolates into `{{name}}` placeholders. */
export type TranslateParams = Readonly<Record<string, string | number>>;

/** Translates a namespaced key (`cli:report.…`, `messages:…`), i18next style. */
export type Translate = (key: string, params?: TranslateParams) => string;

/** What every human-readable renderer needs: words, language, and optional input names. */
export interface RenderContext {
  readonly t: Translate;
  readonly lang: Language;
  readonly sources?: InputSources;
}
