import { formatNumber } from '../../i18n/format-number.ts';
import type { Language } from '../../i18n/languages.ts';
import type { CheckId, CheckStatus, SameCa, ServerResult, Status } from '../cert/types.ts';
import { worstCertificates } from '../cert/bundle/group-labelled.ts';
import type { Translate } from './translate.ts';

/** The page's verdict word in capitals, so results are never told by colour alone. */
export function statusLabel(status: CheckStatus, t: Translate, lang: Language): string {
  return t(`checker:verdict.${status}.word`).toLocaleUpperCase(lang);
}

/** The localized explanation of a same-CA decision. */
export function sameCaLabel(sameCa: SameCa | 'not-applicable', t: Translate): string {
  return t(`report:report.same-ca.${sameCa}`);
}

/**
 * The localized name of a check: the same name the page gives it. For a request, the hostname
 * check names the request (the only check whose name speaks of the certificate).
 */
export function checkLabel(
  id: CheckId,
  t: Translate,
  inputKind: ServerResult['inputKind'] = 'certificate',
): string {
  if (id === 'hostname' && inputKind === 'request') return t('checker:check.hostname.request-name');
  return t(`checker:check.${id}.name`);
}

/** Counts servers by verdict, for the summary line. */
export function countVerdicts(verdicts: readonly Status[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0 };
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}

/** A result's heading: the server's FQDN, with the certificate's label words when it has one. */
export function resultName(result: ServerResult): string {
  return result.label === undefined || result.label === ''
    ? result.fqdn
    : `${result.fqdn} (${result.label})`;
}

/** For a server with several certificates, the sentence naming the worst of them; else null. */
export function severalCertificatesText(
  server: ServerResult,
  t: Translate,
  lang: Language,
): string | null {
  if (server.certificates === undefined) return null;
  return t('bundle:report.server.several-certificates', {
    number: formatNumber(lang, server.certificates.length),
    labels: worstCertificates(server)
      .map((member) => member.label ?? '')
      .join(', '),
  });
}
