// The facts shown under a server's verdict, for the text and Markdown reports alike: the
// certificate's names, dates and identifiers, or, for a certificate request, what it asks for.
import type { ServerResult } from '../cert/types.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatDateTime } from './format-date.ts';
import { sameCaLabel } from './labels.ts';
import type { Translate } from './translate.ts';

/** One labelled fact; `code` marks identifiers a report shows as code (hex). */
export interface ServerFact {
  readonly label: string;
  readonly value: string;
  readonly code: boolean;
}

/** The facts of one server's result, in report order. */
export function serverFacts(server: ServerResult, t: Translate, lang: Language): ServerFact[] {
  const fact = (label: string, value: string, code = false): ServerFact => ({
    label: t(label),
    value,
    code,
  });
  const sameCa = fact('cli:report.label.same-ca', sameCaLabel(server.sameCa, t));
  if (server.inputKind === 'request') {
    const names = server.request.dnsNames;
    return [
      fact('cli:report.label.input', t('cli:report.value.request')),
      sameCa,
      fact('cli:report.label.subject', server.request.subject),
      fact(
        'cli:report.label.requested-names',
        names.length > 0 ? names.join(', ') : t('cli:report.value.none'),
      ),
      fact('cli:report.label.sha256', server.request.sha256, true),
    ];
  }
  const cert = server.certificate;
  return [
    sameCa,
    fact('cli:report.label.subject', cert.subject),
    fact('cli:report.label.issuer', cert.issuer),
    fact('cli:report.label.serial-number', cert.serialNumber, true),
    fact('cli:report.label.valid-from', formatDateTime(cert.notBefore, lang)),
    fact('cli:report.label.valid-until', formatDateTime(cert.notAfter, lang)),
    fact('cli:report.label.sha256', cert.sha256, true),
  ];
}
