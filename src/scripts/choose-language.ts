import { readLanguage, writeLanguage } from './language-storage.ts';

/** Picks the first of the reader's preferences that the site offers ("de-CH" matches "de"). */
export function pickLanguage(
  offered: readonly string[],
  remembered: string | null,
  preferred: readonly string[],
): string | undefined {
  if (remembered !== null && offered.includes(remembered)) return remembered;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (offered.includes(base)) return base;
  }
  return undefined;
}

/** Opens the reader's language (remembered choice first, then the browser's list). */
export function chooseLanguage(root: Document): void {
  const links = new Map(
    [...root.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]')].map((a) => [
      a.dataset['langLink'] ?? '',
      a,
    ]),
  );
  for (const [lang, a] of links) a.addEventListener('click', () => writeLanguage(lang));
  const lang = pickLanguage([...links.keys()], readLanguage(), navigator.languages);
  const target = lang === undefined ? undefined : links.get(lang);
  // Only the anchor travels along: the root has no query meaning of its own.
  if (target) location.replace(target.href + location.search + location.hash);
}
