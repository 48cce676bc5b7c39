// One server's result: verdict, same-CA evidence in plain words, then checks and details.
import type { Language } from '../../i18n/languages.ts';
import type { ServerResult } from '../../lib/cert/types.ts';
import type { CoreMessage } from './core-message.ts';
import { el } from './dom.ts';
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

/** The same-CA evidence in plain words; a request says that it is one. */
function evidence(result: ServerResult, t: Translate): string {
  if (result.inputKind === 'request') return t('evidence.not-applicable.text');
  const issuer = result.details.issuer;
  const cn = issuer.rdns.flat().find((attribute) => attribute.type === 'CN');
  return t(`evidence.${result.sameCa}.text`, { ca: cn?.value ?? issuer.text });
}

/** Fills a row's result element; the data attributes are the page contract. */
export function renderResult(target: HTMLElement, result: ServerResult, s: RenderStrings): void {
  const { t, message, lang } = s;
  target.dataset['fqdn'] = result.fqdn;
  target.dataset['verdict'] = result.verdict;
  target.dataset['sameCa'] = result.sameCa;
  target.dataset['inputKind'] = result.inputKind ?? 'certificate';
  const checks = el(
    'ul',
    { class: 'check-list' },
    result.checks.map((check) =>
      el('li', { 'data-check-id': check.id, 'data-status': check.status }, [
        verdictBadge(check.status, t),
        ' ',
        el('strong', {}, [t(`check.${check.id}.name`)]),
        ': ',
        message(check.message),
      ]),
    ),
  );
  const details = el('details', {}, [
    el('summary', {}, [
      t(result.inputKind === 'request' ? 'details.summary.request-text' : 'details.summary.text'),
    ]),
    el('h4', {}, [t('details.checks.title')]),
    checks,
  ]);
  deferDetails(details, () =>
    result.inputKind === 'request'
      ? [el('h4', {}, [t('details.request.title')]), renderRequestDetails(result.details, t)]
      : [el('h4', {}, [t('details.certificate.title')]), renderDetails(result.details, t, lang)],
  );
  target.replaceChildren(
    el('h3', { class: 'result-title' }, [
      verdictBadge(result.verdict, t),
      t('result.title.text', { fqdn: result.fqdn }),
    ]),
    el('p', { 'data-evidence': '' }, [evidence(result, t)]),
    details,
  );
  target.hidden = false;
}

/** Shows that a row waits for its certificate, with no verdict attributes. */
export function renderPending(target: HTMLElement, t: Translate): void {
  clearResult(target);
  target.append(el('p', {}, [t('server.pending.text')]));
  target.hidden = false;
}

/** Empties a row's result element and removes its contract attributes. */
export function clearResult(target: HTMLElement): void {
  for (const name of ['data-fqdn', 'data-verdict', 'data-same-ca', 'data-input-kind'])
    target.removeAttribute(name);
  target.replaceChildren();
  target.hidden = true;
}
