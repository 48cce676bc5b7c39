// All UI strings of every language, for build-time and CLI use. The browser must not import
// this module: it would ship every language (the checker island loads its own language only).
// Each language's files are named once, in its resources-<language>.ts.
import type { Language } from './languages.ts';
import { strings as de } from './resources-de.ts';
import { strings as en } from './resources-en.ts';
import { strings as it } from './resources-it.ts';

/** English resources: the source of truth for keys and their types. */
export const englishResources = en;

/** The type of the English resources, which every language mirrors. */
export type EnglishResources = typeof englishResources;

/** The namespaces every language provides. */
export type Namespace = keyof EnglishResources;

/** Flat key/value strings of one namespace. */
export type Strings = Readonly<Record<string, string>>;

/** One language's resources, namespace by namespace. */
export type LanguageResources = Readonly<Record<Namespace, Strings>>;

/** Every language's resources, namespace by namespace. */
export const resources: Readonly<Record<Language, LanguageResources>> = { en, de, it };
