// One server's full result: verdict, same-CA evidence, every failing or warning check with its
// message, the passing checks folded into one line, and the certificate table on demand.
import type { Language } from '../../i18n/languages.ts';
import type { CheckResult, ServerResult } from '../../lib/cert/types.ts';
import { checkLabel } from '../../lib/report/index.ts';
import { commonName } from './common-name.ts';
import type { CoreMessage } from './core-message.ts';
import { bdi, el, withIsolated, type Child } from './dom.ts';
import { deferDetails } from './lazy-details.ts';
import { renderDetails } from './render-details.ts';
import { renderRequestDetails } from './render-request-details.ts';
import type { Translate } from './translate.ts';
import { verdictBadge } from './verdict-badge.ts';

/** Strings, core-message renderer and language a renderer needs. */
export interface RenderStrings {
  readonly t: Translate;
  readonly message: CoreMessage;
  readonly lang: Language;
}

/** The issuing CA's common name when it has one, else its whole name. */
export function caName(result: ServerResult): string {
  if (result.inputKind === 'request') return '';
  return commonName(result.details.issuer) ?? result.details.issuer.text;
}

/** The id of a row's result element, which the overview links to. */
export const resultId = (row: number): string => `checker-result-${row}`;

/** One check of a result as a list item: badge, name, message. */
export function checkItem(
  check: CheckResult,
  result: ServerResult,
  s: RenderStrings,
): HTMLLIElement {
  return el('li', { 'data-check-id': check.id, 'data-status': check.status }, [
    verdictBadge(check.status, s.t),
    ' ',
    el('strong', {}, [checkLabel(check.id, s.t, result.inputKind)]),
    ': ',
    bdi(s.message(check.message)),
  ]);
}

/** "5 checks pass" in the page's language, plural-correct. */
export function passingText(count: number, s: RenderStrings): string {
  return s.t('result.passing', { count });
}

/** The same-CA evidence in plain words, the CA's name isolated; a request says that it is one. */
function evidence(result: ServerResult, t: Translate): Child[] {
  if (result.inputKind === 'request') return [t('evidence.not-applicable.text')];
  return withIsolated((p) => t(`evidence.${result.sameCa}.text`, p), 'ca', caName(result));
}

/** The full result of one row; the data attributes are the page contract. */
export function renderResult(row: number, result: ServerResult, s: RenderStrings): HTMLElement {
  const { t, lang } = s;
  const flagged = result.checks.filter((check) => check.status !== 'pass');
  const passing = result.checks.filter((check) => check.status === 'pass');
  const parts: Node[] = [
    el('h4', { class: 'result-title' }, [
      verdictBadge(result.verdict, t),
      el('span', {}, [bdi(result.fqdn)]),
    ]),
    el('p', { 'data-evidence': '' }, evidence(result, t)),
  ];
  if (flagged.length > 0) {
    parts.push(
      el(
        'ul',
        { class: 'check-list' },
        flagged.map((check) => checkItem(check, result, s)),
      ),
    );
  }
  if (passing.length > 0) {
    // Built when opened: with many servers, the passing checks are most of the results' DOM.
    const folded = el('details', { class: 'passing' }, [
      el('summary', {}, [passingText(passing.length, s)]),
    ]);
    deferDetails(folded, () => [
      el(
        'ul',
        { class: 'check-list' },
        passing.map((check) => checkItem(check, result, s)),
      ),
    ]);
    parts.push(folded);
  }
  const details = el('details', { class: 'certificate' }, [
    el('summary', {}, [
      t(result.inputKind === 'request' ? 'details.request.title' : 'details.certificate.title'),
    ]),
  ]);
  deferDetails(details, () => [
    result.inputKind === 'request'
      ? renderRequestDetails(result.details, t)
      : renderDetails(result.details, t, lang),
  ]);
  parts.push(details);
  return el(
    'article',
    {
      id: resultId(row),
      class: 'server-result',
      tabindex: '-1',
      'data-server-result': '',
      'data-fqdn': result.fqdn,
      'data-verdict': result.verdict,
      'data-same-ca': result.sameCa,
      'data-input-kind': result.inputKind ?? 'certificate',
    },
    parts,
  );
}
