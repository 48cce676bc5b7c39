// The facts shown under a server's verdict, for the text and Markdown reports alike: where the
// input came from, then the certificate's names, dates and identifiers, or, for a certificate
// request, what it asks for. Labels are the page's words for the same fields.
import type { ServerResult } from '../cert/types.ts';
import type { Language } from '../../i18n/languages.ts';
import type { PrefixedKey } from '../../i18n/translate.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { sourceDetails, sourceNote, type InputSource } from './input-source.ts';
import { sameCaLabel } from './labels.ts';
import type { Translate } from './translate.ts';

/** One labelled fact; `code` marks identifiers a report shows as code (hex). */
export interface ServerFact {
  readonly label: string;
  readonly value: string;
  readonly code: boolean;
}

/** The facts of one server's result, in report order; the source first when there is one. */
export function serverFacts(
  server: ServerResult,
  source: InputSource | undefined,
  t: Translate,
  lang: Language,
): ServerFact[] {
  const fact = (label: PrefixedKey, value: string, code = false): ServerFact => ({
    label: t(label),
    value,
    code,
  });
  const note = source ? sourceNote(source, t) : null;
  const origin = [
    ...(source ? [fact('report:report.label.source', sourceDetails(source, t, lang))] : []),
    ...(note === null ? [] : [{ label: t('report:report.label.note'), value: note, code: false }]),
  ];
  const sameCa = fact('checker:check.same-ca.name', sameCaLabel(server.sameCa, t));
  if (server.inputKind === 'request') {
    const names = server.request.dnsNames;
    return [
      ...origin,
      fact('report:report.label.input', t('report:report.value.request')),
      sameCa,
      fact('checker:details.subject.label', server.request.subject),
      fact(
        'report:report.label.requested-names',
        names.length > 0 ? names.join(', ') : t('checker:details.none.text'),
      ),
      fact('checker:details.sha256.label', server.request.sha256, true),
    ];
  }
  const cert = server.certificate;
  return [
    ...origin,
    sameCa,
    fact('checker:details.subject.label', cert.subject),
    fact('checker:details.issuer.label', cert.issuer),
    fact('checker:details.serial.label', cert.serialNumber, true),
    fact('checker:details.not-before.label', formatDate(lang, cert.notBefore, 'minute')),
    fact('checker:details.not-after.label', formatDate(lang, cert.notAfter, 'minute')),
    fact('checker:details.sha256.label', cert.sha256, true),
  ];
}
