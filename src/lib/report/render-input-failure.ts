import type { Language } from '../../i18n/languages.ts';
import type { InputFailure } from '../cert/types.ts';
import { renderMessage } from './render-message.ts';
import { sourceName, type InputSources, type SourceAddress } from './input-source.ts';
import type { Translate } from './translate.ts';

/** Names an input the way the user knows it: reference number or server FQDN, plus its source. */
export function describeInput(
  input: InputFailure['input'],
  t: Translate,
  sources: InputSources<SourceAddress> = {},
): string {
  if (input.kind === 'reference') {
    const source = sources.references?.[input.index];
    const number = input.index + 1;
    return source === undefined
      ? t('report:report.input.reference', { number })
      : t('report:report.input.reference-source', { number, source: sourceName(source, t) });
  }
  const source = sources.servers?.[input.index];
  const { fqdn, label } = input;
  if (label !== undefined) {
    return source === undefined
      ? t('bundle:report.input.server-label', { fqdn, label })
      : t('bundle:report.input.server-label-source', {
          fqdn,
          label,
          source: sourceName(source, t),
        });
  }
  return source === undefined
    ? t('report:report.input.server', { fqdn })
    : t('report:report.input.server-source', { fqdn, source: sourceName(source, t) });
}

/** Renders one unusable input as "which input: why", in the chosen language. */
export function renderInputFailure(
  failure: InputFailure,
  t: Translate,
  sources: InputSources = {},
  lang?: Language,
): string {
  const reason = renderMessage(failure.error.message, t, lang);
  return `${describeInput(failure.input, t, sources)}: ${reason}`;
}
