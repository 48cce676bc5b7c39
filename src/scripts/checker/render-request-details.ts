// The details of a certificate request: what it asks the CA for, to compare with the request tool.
import type { RequestInfo } from '../../lib/cert/types.ts';
import { el } from './dom.ts';
import { keyText, pairs } from './render-details.ts';
import type { CheckerKey, Translate } from './translate.ts';

/** A definition list of the request's subject, requested names, key, template and fingerprint. */
export function renderRequestDetails(request: RequestInfo, t: Translate): HTMLDListElement {
  const none = t('details.none.text');
  const rows: [CheckerKey, string, boolean][] = [
    ['details.subject.label', request.subject.text, false],
    ['details.san.label', request.dnsNames?.length ? request.dnsNames.join(', ') : none, false],
    ['details.key.label', keyText(request.publicKey, t), false],
    ['details.signature.label', request.signatureAlgorithm.name, false],
    ['details.template.label', request.template ?? none, false],
    ['details.sha256.label', pairs(request.sha256), true],
  ];
  return el(
    'dl',
    { class: 'details-list' },
    rows.flatMap(([label, value, mono]) => [
      el('dt', {}, [t(label)]),
      el('dd', mono ? { class: 'mono' } : {}, [value]),
    ]),
  );
}
