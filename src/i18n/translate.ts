// The one translate function type of the project: the build-time pages, the checker on the page,
// the report renderers and the CLI all call a `Translate`. Keys come from the English resources
// through i18next's own type options (see i18next.d.ts), so an unknown key is a compile error.
import type { PluralSuffix } from 'i18next';
import type { EnglishResources, Namespace } from './resources.ts';

/** A key as written in a resource file: plural forms carry i18next's `_one`/`_other` suffixes. */
type StoredKey<N extends Namespace> = keyof EnglishResources[N] & string;

/** Strips i18next's plural suffix: `days_one` and `days_other` are both called as `days`. */
type CalledKey<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

// One table, looked up by namespace, so that TypeScript sees a translator for more keys as one
// that can stand in for a translator for fewer.
type CalledKeys = { readonly [N in Namespace]: CalledKey<StoredKey<N>> };

/** The keys of one namespace, as callers write them (plural keys without their suffix). */
export type KeyOf<N extends Namespace> = CalledKeys[N];

/** Every key of every namespace, prefixed i18next style: `report:report.label.check`. */
export type PrefixedKey = { [N in Namespace]: `${N}:${KeyOf<N>}` }[Namespace];

/** The keys a translator accepts: every prefixed key, and its default namespace's keys bare. */
export type TranslationKey<N extends Namespace = never> = PrefixedKey | KeyOf<N>;

/** Values for `{{name}}` placeholders; a number named `count` also picks the plural form. */
export type TranslateParams = Readonly<Record<string, string | number>>;

/** The keys of one namespace that have plural forms, as callers write them. */
type PluralKeyOf<N extends Namespace> = {
  [K in StoredKey<N>]: K extends `${infer Base}_other` ? Base : never;
}[StoredKey<N>];

// Every counted key, bare and prefixed, of every namespace: one set for every translator, so that
// a translator for more keys still stands in for one with fewer.
type CountedKey = { [N in Namespace]: PluralKeyOf<N> | `${N}:${PluralKeyOf<N>}` }[Namespace];

/**
 * The parameters a key takes: a counted key needs its `count` (without it, i18next finds no
 * plural form and shows the key itself), any other key optional values.
 */
export type ParamsFor<K extends string> = K extends CountedKey
  ? [params: TranslateParams & { readonly count: number }]
  : [params?: TranslateParams];

/**
 * Translates a key in the translator's language. `Translate<'checker'>` also accepts the
 * checker's keys without a prefix; every translator accepts every prefixed key, so one made for
 * the page can be handed to the report renderers.
 */
export interface Translate<N extends Namespace = never> {
  <K extends TranslationKey<N>>(key: K, ...params: ParamsFor<K>): string;
  /**
   * Never set: tells translators apart by the bare keys they accept, as i18next's own TFunction
   * brand does (a generic call signature alone lets any translator stand in for any other).
   */
  readonly $bareKeys?: (key: KeyOf<N>) => void;
  /**
   * Whether this language has the key. Keys that arrive as data (the core's message codes) pass
   * through here before they are translated, as in Starlight's `t.exists`.
   */
  exists(key: string): key is PrefixedKey;
}
