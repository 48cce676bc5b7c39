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

// A result shows a badge per server and per flagged check: each is a copy of one built badge.
const built = new WeakMap<Translate, Map<CheckStatus, HTMLSpanElement>>();

/** A badge with a decorative icon and the verdict word. */
export function verdictBadge(status: CheckStatus, t: Translate): HTMLSpanElement {
  let badges = built.get(t);
  if (badges === undefined) {
    badges = new Map<CheckStatus, HTMLSpanElement>();
    built.set(t, badges);
  }
  let badge = badges.get(status);
  if (badge === undefined) {
    badge = el('span', { class: `verdict-badge verdict-${status}` }, [
      el('span', { 'aria-hidden': 'true' }, [icons[status]]),
      verdictWord(status, t),
    ]);
    badges.set(status, badge);
  }
  const copy = badge.cloneNode(true);
  if (!(copy instanceof HTMLSpanElement)) throw new Error('badge copy is not a span');
  return copy;
}
