// The overview: one line per checked server, right under the overall verdict: FQDN, verdict,
// the same-CA evidence in a few words, and every failing or warning check with its reason.
import type { ServerResult } from '../../lib/cert/types.ts';
import { bdi, el } from './dom.ts';
import { resultId, type RenderStrings } from './render-result.ts';
import { verdictBadge } from './verdict-badge.ts';

/** One overview row, linking to the row's full result. */
export function overviewRow(row: number, result: ServerResult, s: RenderStrings): HTMLLIElement {
  const { t, message } = s;
  const flagged = result.checks.filter((check) => check.status !== 'pass');
  return el(
    'li',
    { class: 'overview-row', 'data-overview-fqdn': result.fqdn, 'data-verdict': result.verdict },
    [
      el('p', { class: 'overview-head' }, [
        verdictBadge(result.verdict, t),
        ' ',
        el('a', { href: `#${resultId(row)}` }, [bdi(result.fqdn)]),
        ' ',
        el('span', { class: 'overview-evidence' }, [t(`evidence.${result.sameCa}.short`)]),
      ]),
      ...(flagged.length === 0
        ? []
        : [
            el(
              'ul',
              { class: 'overview-reasons' },
              flagged.map((check) =>
                el('li', { 'data-check-id': check.id, 'data-status': check.status }, [
                  el('strong', {}, [t(`check.${check.id}.name`)]),
                  ': ',
                  bdi(message(check.message)),
                ]),
              ),
            ),
          ]),
    ],
  );
}
