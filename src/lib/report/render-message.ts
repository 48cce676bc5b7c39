import type { Language } from '../../i18n/languages.ts';
import type { Message, MessageParams } from '../cert/types.ts';
import { formatDate } from '../../i18n/format-date.ts';
import type { Translate } from './translate.ts';

// The core passes instants as ISO 8601 strings (plain data); people read them in their language.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A message's parameters for people: instants (ISO 8601 from the core) as dates in `lang`. */
export function localizeParams(params: MessageParams, lang: Language): MessageParams {
  const entries = Object.entries(params).map(([name, value]) =>
    typeof value === 'string' && isoInstant.test(value)
      ? [name, formatDate(lang, new Date(value), 'minute')]
      : [name, value],
  );
  return Object.fromEntries(entries) as MessageParams;
}

/** Renders a core message (a key in the `messages` namespace plus parameters) as text. */
export function renderMessage(message: Message, t: Translate, lang?: Language): string {
  const params = lang === undefined ? message.params : localizeParams(message.params, lang);
  return t(`messages:${message.key}`, params);
}
