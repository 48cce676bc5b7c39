// The only checker code on a freshly read page: imports the checker when the user reaches it.
import type { PendingInput } from './pending-input.ts';

const triggers = ['focusin', 'pointerdown', 'dragenter', 'paste', 'keydown', 'change'] as const;

/** Loads the checker on first interaction, on scrolling near it, or at once for ?server= links. */
export function startLoader(): void {
  const section = document.querySelector<HTMLElement>('[data-checker]');
  if (section === null) return;
  const root: HTMLElement = section;
  let ready = false;
  const pending: PendingInput = {
    clicks: [],
    drops: [],
    close: () => {
      ready = true;
      root.removeEventListener('click', queueClick);
      root.removeEventListener('dragover', holdDrag);
      root.removeEventListener('drop', holdDrag);
    },
  };
  let started = false;
  let observer: IntersectionObserver | undefined;

  function queueClick(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (!ready && target instanceof HTMLElement) pending.clicks.push(target);
  }
  // Without this, a file dropped before the checker is ready would replace the page.
  function holdDrag(event: DragEvent): void {
    if (ready || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    if (event.type === 'drop' && event.target instanceof Element) {
      pending.drops.push({ target: event.target, files: [...event.dataTransfer.files] });
    }
  }

  function load(): void {
    if (started) return;
    started = true;
    observer?.disconnect();
    for (const type of triggers) root.removeEventListener(type, load);
    import('./app.ts')
      .then((app) => app.startChecker(root, pending))
      .catch((error: unknown) => {
        console.error('checker failed to load', error);
      });
  }

  root.addEventListener('click', queueClick);
  root.addEventListener('dragover', holdDrag);
  root.addEventListener('drop', holdDrag);
  if (new URLSearchParams(window.location.search).has('server')) {
    load();
    return;
  }
  for (const type of triggers) root.addEventListener(type, load, { passive: true });
  if ('IntersectionObserver' in window) {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) load();
    });
    observer.observe(root);
  }
}
