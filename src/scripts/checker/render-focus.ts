// Moves focus where the state asks (after adding, removing or clearing), once per request.
import type { FocusRequest } from './checker-state.ts';

/** Focuses the target of `next` when it is a new request. */
export function focusRequested(
  root: HTMLElement,
  previous: FocusRequest | null,
  next: FocusRequest | null,
): void {
  if (next === null || next.serial === previous?.serial) return;
  const selector =
    next.to === 'row'
      ? `[data-server-row][data-row-id="${next.row}"] [data-fqdn-input]`
      : next.to === 'add'
        ? '[data-action="add-server"]'
        : '[data-cert-field="reference"] [data-cert-text]';
  root.querySelector<HTMLElement>(selector)?.focus();
}
