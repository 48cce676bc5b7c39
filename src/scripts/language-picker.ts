import { writeLanguage } from './language-storage.ts';

const links = (root: ParentNode): HTMLAnchorElement[] => [
  ...root.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]'),
];

/** Makes every language link carry the current query string and anchor, now and on changes. */
export function keepLocation(root: ParentNode): void {
  const bases = new Map(links(root).map((a) => [a, a.getAttribute('href') ?? '']));
  const sync = (): void => {
    for (const [a, base] of bases) a.href = base + location.search + location.hash;
  };
  sync();
  addEventListener('hashchange', sync);
  // Other scripts may change the query with history.replaceState; re-read it at click time.
  root.addEventListener('pointerdown', sync, { capture: true });
  root.addEventListener('keydown', sync, { capture: true });
}

/** Remembers the language the reader picks, so the site root opens it next time. */
export function rememberLanguage(root: ParentNode): void {
  for (const a of links(root)) {
    a.addEventListener('click', () => writeLanguage(a.dataset['langLink'] ?? ''));
  }
}
