// The recognized line of one input: "PEM, 3 certificates: a, b, c", told before any check.
import type { Recognition } from './worker-protocol.ts';
import type { Translate } from './translate.ts';

/** Formats one input's recognition; `name` is the file's name, or null for pasted text. */
export function recognizedText(
  recognition: Extract<Recognition, { ok: true }>,
  name: string | null,
  s: { readonly t: Translate },
): string {
  const { t } = s;
  const count = recognition.names.length;
  const line =
    recognition.request !== null
      ? t('recognized.request.text', {
          format: t(`format.${recognition.format}.name`),
          name: recognition.request,
        })
      : t('recognized.text', {
          format: t(`format.${recognition.format}.name`),
          count,
          names: recognition.names.join(', '),
        });
  return name === null ? line : t('error.source.text', { name, message: line });
}
