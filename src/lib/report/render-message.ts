import type { Language } from '../../i18n/languages.ts';
import type { Message, MessageKey, MessageParams } from '../cert/types.ts';
import { formatDate } from '../../i18n/format-date.ts';
import type { Translate, TranslateParams } from './translate.ts';
import type { PrefixedKey } from '../../i18n/translate.ts';

// The core passes instants as ISO 8601 strings (plain data); people read them in their language.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * The parameters as text and numbers: instants written the reader's way (ISO 8601 as given when
 * no language is given), and listed messages (an EKU's usages) each rendered, joined as Windows
 * lists them.
 */
export function localizeParams(
  params: MessageParams,
  t: Translate,
  lang?: Language,
): TranslateParams {
  const entries = Object.entries(params).map(([name, value]) => {
    if (typeof value === 'object') {
      return [name, value.map((item) => renderMessage(item, t, lang)).join(', ')];
    }
    return typeof value === 'string' && lang !== undefined && isoInstant.test(value)
      ? [name, formatDate(lang, new Date(value), 'minute')]
      : [name, value];
  });
  return Object.fromEntries(entries) as TranslateParams;
}

/** A core message code as a translation key: a `bundle:` code in its namespace, others in `messages`. */
export function messageKey(key: MessageKey): PrefixedKey {
  return key.startsWith('bundle:')
    ? (key as Extract<MessageKey, `bundle:${string}`>)
    : `messages:${key as Exclude<MessageKey, `bundle:${string}`>}`;
}

/** Renders a core message (a key in `messages`, or one in `bundle:`, plus parameters) as text. */
export function renderMessage(message: Message, t: Translate, lang?: Language): string {
  return t(messageKey(message.key), localizeParams(message.params, t, lang));
}
