// The renderers never import an i18next instance: the front end (CLI, page) hands them a
// translate function, so they stay pure and load no language they do not need.
import type { Language } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translate.ts';

export type { Translate, TranslateParams } from '../../i18n/translate.ts';

/** The paths (or other names) of the inputs as the user gave them, by input index. */
export interface InputSources {
  readonly references?: readonly (string | undefined)[];
  readonly servers?: readonly (string | undefined)[];
}

/** What every human-readable renderer needs: words, language, and optional input names. */
export interface RenderContext {
  readonly t: Translate;
  readonly lang: Language;
  readonly sources?: InputSources;
}
