// A verdict as icon plus word, so it is never told by colour alone.
import type { CheckStatus } from '../../lib/cert/types.ts';
import { el } from './dom.ts';
import type { Translate } from './translate.ts';

const icons: Readonly<Record<CheckStatus, string>> = {
  pass: '✓',
  warn: '!',
  fail: '✗',
  'not-applicable': '–',
};

/** The localized word for a status. */
export function verdictWord(status: CheckStatus, t: Translate): string {
  return t(`verdict.${status}.word`);
}

/** A badge with a decorative icon and the verdict word. */
export function verdictBadge(status: CheckStatus, t: Translate): HTMLSpanElement {
  return el('span', { class: `verdict-badge verdict-${status}` }, [
    el('span', { 'aria-hidden': 'true' }, [icons[status]]),
    verdictWord(status, t),
  ]);
}
