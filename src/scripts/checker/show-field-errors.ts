// Puts each input's error at its own field; refused key material is also removed from the field.
import type { InputError } from '../../lib/cert/types.ts';
import type { CertField, CertSource } from './cert-field.ts';
import type { CoreMessage } from './core-message.ts';
import type { Translate } from './translate.ts';

// Keys are refused wholesale: the field is emptied so that nothing of the key stays in the page.
const refusedCodes: ReadonlySet<InputError['code']> = new Set(['private-key', 'pkcs12']);

/** Shows the errors of a field's sources (files named), refusing key material. */
export function showFieldErrors(
  field: CertField,
  sources: readonly CertSource[],
  errors: ReadonlyMap<CertSource, InputError>,
  strings: { readonly t: Translate; readonly message: CoreMessage },
): void {
  const { t, message: render } = strings;
  const lines: string[] = [];
  let textInvalid = false;
  for (const source of sources) {
    const error = errors.get(source);
    if (error === undefined) continue;
    const text = render(error.message);
    const message =
      source.name === null ? text : t('error.source.text', { name: source.name, message: text });
    if (refusedCodes.has(error.code)) {
      field.refuse(source, `${message} ${t('error.cleared.text')}`);
      continue;
    }
    if (source.name === null) textInvalid = true;
    lines.push(message);
  }
  field.showErrors(lines, textInvalid);
}
