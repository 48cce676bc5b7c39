// The checker's view of the project's one translator, over the strings handed to the page
// (i18next stays off the page): checker keys bare, the report's and the core's keys prefixed.
// Texts come whole (labels, the live region, the reports) or as DOM nodes in which every value
// from a link, a file or a certificate is isolated on its own in a <bdi>, so that no value can
// reorder the sentence around it.
import type { Language } from '../../../i18n/languages.ts';
import {
  translatePartsOf,
  translateStrings,
  type HandedStrings,
} from '../../../i18n/translate-strings.ts';
import type {
  KeyOf,
  Translate as ProjectTranslate,
  TranslationKey,
} from '../../../i18n/translate.ts';
import type { Message } from '../../../lib/cert/index.ts';
import { localizeParams, messageKey } from '../../../lib/report/index.ts';

/** A key of the checker's UI strings; English defines the keys. */
export type CheckerKey = KeyOf<'checker'>;

/** The namespaces the checker is handed: its own, the report renderers' and the core's. */
export type CheckerNamespace = 'checker' | 'report' | 'messages';

/** The namespaces the page loads with the checker; the report's come with the report actions. */
export type PageNamespace = 'checker' | 'messages';

/** Translates checker keys bare and every other key with its namespace prefix. */
export type Translate = ProjectTranslate<'checker'>;

/** Creates the checker's translator over the strings it was handed. */
export function createTranslate(
  lang: Language,
  strings:
    HandedStrings<'checker'> | HandedStrings<PageNamespace> | HandedStrings<CheckerNamespace>,
): Translate {
  return translateStrings(lang, strings, 'checker');
}

/**
 * A sentence's values: text from a link, a file or a certificate (isolated in a <bdi>), a number
 * (formatted, as is), or nodes already made (our own words, a nested sentence).
 */
export type SentenceParams = Readonly<Record<string, string | number | Node | readonly Node[]>>;

/** Everything the page's renderers need to say things in the page's language. */
export interface PageText {
  readonly lang: Language;
  /** Whole texts, for labels, attributes and the live region. */
  readonly t: Translate;
  /** A sentence as nodes, each value on its own. */
  readonly say: (key: TranslationKey<'checker'>, params?: SentenceParams) => Node[];
  /** A core message (check result or input error) as nodes, dates in the page's language. */
  readonly message: (message: Message) => Node[];
}

/** The page's texts over the strings it was handed. */
export function createPageText(lang: Language, strings: HandedStrings<PageNamespace>): PageText {
  const t = createTranslate(lang, strings);
  const parts = translatePartsOf(lang, strings, 'checker');
  const say = (key: TranslationKey<'checker'>, params: SentenceParams = {}): Node[] => {
    // The translator sees text and numbers; nodes are put in where their placeholder was.
    const plain = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'string' || typeof value === 'number' ? value : '',
      ]),
    );
    return parts(key, plain).flatMap((part): Node[] => {
      if (typeof part === 'string') return [document.createTextNode(part)];
      const value = params[part.name];
      if (typeof value === 'number') return [document.createTextNode(part.text)];
      if (typeof value === 'string') {
        const isolated = document.createElement('bdi');
        isolated.textContent = part.text;
        return [isolated];
      }
      // A placeholder may stand twice in a sentence: each place gets its own copy.
      const nodes = value instanceof Node ? [value] : (value ?? []);
      return nodes.map((node) => node.cloneNode(true));
    });
  };
  const message = (core: Message): Node[] =>
    say(messageKey(core.key), localizeParams(core.params, t, lang));
  return { lang, t, say, message };
}
