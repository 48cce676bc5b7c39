// The renderers never import an i18next instance: the front end (CLI, page) hands them a
// translate function, so they stay pure and load no language they do not need.
import type { Language } from '../../i18n/languages.ts';
import type { InputSources } from './input-source.ts';
import type { Translate } from '../../i18n/translate.ts';

export type { Translate, TranslateParams } from '../../i18n/translate.ts';

/** What every human-readable renderer needs: words, language, and optional input names. */
export interface RenderContext {
  readonly t: Translate;
  readonly lang: Language;
  readonly sources?: InputSources;
}
