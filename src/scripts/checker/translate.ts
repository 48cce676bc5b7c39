// Typed string lookup with {{param}} interpolation: a few lines instead of shipping i18next.
import type english from '../../../locales/en/checker.json';
import type { MessageParams } from '../../lib/cert/types.ts';

/** A key of the checker's UI strings; English defines the keys. */
export type CheckerKey = keyof typeof english;

/** One language's checker strings. */
export type CheckerStrings = Readonly<Record<CheckerKey, string>>;

/** Flat strings of the core's `messages` namespace, keyed by message key. */
export type MessageStrings = Readonly<Record<string, string>>;

/** Looks up a checker string and fills in its parameters. */
export type Translate = (key: CheckerKey, params?: MessageParams) => string;

/** Replaces every `{{name}}` with its parameter; unknown names stay visible for debugging. */
export function interpolate(text: string, params: MessageParams = {}): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Creates the typed translate function over one language's checker strings. */
export function createTranslate(strings: CheckerStrings): Translate {
  return (key, params) => interpolate(strings[key], params);
}
