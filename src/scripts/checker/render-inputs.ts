// Renders the inputs from the state: server rows (created, removed and ordered by id), each
// field's text, files, recognized line and errors, and the FQDN messages. Reads only the state;
// writes a control's value only when the state differs from it, so typing is never disturbed.
import { fqdnMessageKeys } from '../../lib/cert/fqdn-messages.ts';
import { maxInputBytes } from '../../lib/cert/input-limit.ts';
import { inputErrorKeys } from '../../lib/cert/input-error-keys.ts';
import type { CheckerState, FieldRef, FieldState, Outcome } from './checker-state.ts';
import { fieldInputs } from './build-request.ts';
import type { CoreMessage } from './core-message.ts';
import { bdi, el, required, setText } from './dom.ts';
import { recognizedText } from './recognized-text.ts';
import { createRenderMemo } from './render-memo.ts';
import type { Translate } from './translate.ts';
import type { Recognition } from './worker-protocol.ts';

/** What rendering a field needs besides the field. */
interface FieldContext {
  readonly ref: FieldRef;
  readonly prefix: string;
  readonly recognitions: ReadonlyMap<string, Recognition>;
  readonly outcome: Outcome | null;
}

/** Strings the inputs need. */
export interface InputStrings {
  readonly t: Translate;
  readonly message: CoreMessage;
  readonly lang: string;
}

function renderField(
  root: HTMLElement,
  field: FieldState,
  context: FieldContext,
  s: InputStrings,
): void {
  const { t, message } = s;
  const text = required(root, '[data-cert-text]', HTMLTextAreaElement);
  if (text.value !== field.text) text.value = field.text;
  const list = required(root, '[data-file-list]', HTMLUListElement);
  const listKey = field.files.map((file) => file.id).join(',');
  if (list.dataset['files'] !== listKey) {
    list.dataset['files'] = listKey;
    list.replaceChildren(
      ...field.files.map((file) =>
        el('li', {}, [
          el('span', {}, [t('files.item.text', { name: file.name, count: file.bytes.length })]),
          el(
            'button',
            {
              type: 'button',
              class: 'checker-button secondary small',
              'data-action': 'remove-file',
              'data-file-id': String(file.id),
            },
            [t('files.remove.button', { name: file.name })],
          ),
        ]),
      ),
    );
  }
  const entries = fieldInputs(context.prefix, field);
  const recognized: string[] = [];
  const errors: string[] = field.refusals.map((refusal) => {
    const reason =
      refusal.code === 'unreadable'
        ? t('error.file.read', { name: refusal.name ?? '' })
        : message({ key: inputErrorKeys[refusal.code], params: { count: maxInputBytes } });
    const named =
      refusal.name === null
        ? reason
        : t('error.source.text', { name: refusal.name, message: reason });
    return refusal.code === 'unreadable' ? named : `${named} ${t('error.cleared.text')}`;
  });
  let textInvalid = field.refusals.some((refusal) => refusal.name === null);
  for (const entry of entries) {
    const recognition = context.recognitions.get(entry.input.key);
    const error = context.outcome?.errors.get(entry.input.key);
    if (error !== undefined) {
      const line = message(error.message);
      errors.push(
        entry.name === null ? line : t('error.source.text', { name: entry.name, message: line }),
      );
      if (entry.name === null) textInvalid = true;
    } else if (recognition?.ok === true) {
      recognized.push(recognizedText(recognition, entry.name, s));
    }
  }
  const recognizedLine = required(root, '[data-recognized]', HTMLElement);
  const recognizedKey = recognized.join('\n');
  if (recognizedLine.dataset['text'] !== recognizedKey) {
    recognizedLine.dataset['text'] = recognizedKey;
    recognizedLine.replaceChildren(...recognized.map((line) => el('span', {}, [bdi(line)])));
  }
  setText(required(root, '[data-field-error]', HTMLElement), errors.join(' '));
  if (textInvalid) text.setAttribute('aria-invalid', 'true');
  else text.removeAttribute('aria-invalid');
}

/** Everything a field's rendering reads: the field and what the worker said of its inputs. */
function fieldDeps(field: FieldState, context: FieldContext): unknown[] {
  const deps: unknown[] = [field];
  for (const entry of fieldInputs(context.prefix, field)) {
    deps.push(
      context.recognitions.get(entry.input.key),
      context.outcome?.errors.get(entry.input.key),
    );
  }
  return deps;
}

/** Keeps the row list in step with the state; rows are matched by id, never by position. */
export function createInputsView(
  root: HTMLElement,
  s: InputStrings,
): (state: CheckerState) => void {
  const { t, message } = s;
  const list = required(root, '[data-server-list]', HTMLOListElement);
  const template = required(root, '[data-server-template]', HTMLTemplateElement);
  const reference = required(root, '[data-cert-field="reference"]', HTMLElement);
  const bulk = required(root, '[data-cert-field="bulk"]', HTMLElement);
  const day = required(root, '[data-check-date]', HTMLInputElement);
  const rows = new Map<number, HTMLLIElement>();
  const memo = createRenderMemo<FieldRef>();
  for (const row of list.querySelectorAll<HTMLLIElement>('[data-server-row]')) {
    rows.set(Number(row.dataset['rowId']), row);
  }

  function createRow(id: number): HTMLLIElement {
    const fragment = template.content.cloneNode(true);
    if (!(fragment instanceof DocumentFragment)) throw new Error('bad row template');
    for (const element of fragment.querySelectorAll('[id], [for], [aria-describedby]')) {
      for (const name of ['id', 'for', 'aria-describedby']) {
        const value = element.getAttribute(name);
        if (value !== null) element.setAttribute(name, value.replaceAll('__ROW__', String(id)));
      }
    }
    const row = fragment.querySelector('li');
    if (!(row instanceof HTMLLIElement)) throw new Error('bad row template');
    row.dataset['rowId'] = String(id);
    return row;
  }

  return (state) => {
    const wanted = new Set(state.rows.map((row) => row.id));
    for (const [id, element] of rows) {
      if (wanted.has(id)) continue;
      element.remove();
      rows.delete(id);
      memo.forget(id);
    }
    state.rows.forEach((row, index) => {
      let element = rows.get(row.id);
      if (element === undefined) {
        element = createRow(row.id);
        rows.set(row.id, element);
      }
      if (list.children[index] !== element)
        list.insertBefore(element, list.children[index] ?? null);
      const context: FieldContext = {
        ref: row.id,
        prefix: `server-${row.id}`,
        recognitions: state.recognitions,
        outcome: state.outcome,
      };
      const code = state.outcome?.fqdnErrors.get(row.id);
      if (
        !memo.changed(row.id, [
          index,
          row.fqdn,
          row.fromCertificate,
          code,
          ...fieldDeps(row.field, context),
        ])
      ) {
        return;
      }
      const number = index + 1;
      setText(
        required(element, '[data-row-title]', HTMLElement),
        t('server.row.title', { number }),
      );
      setText(
        required(element, '[data-action="remove-server"]', HTMLButtonElement),
        t('server.remove.button', { number }),
      );
      const fqdn = required(element, '[data-fqdn-input]', HTMLInputElement);
      if (fqdn.value !== row.fqdn) fqdn.value = row.fqdn;
      setText(
        required(element, '[data-fqdn-error]', HTMLElement),
        code === undefined
          ? ''
          : message({ key: fqdnMessageKeys[code], params: { fqdn: row.fqdn.trim() } }),
      );
      if (code === undefined) fqdn.removeAttribute('aria-invalid');
      else fqdn.setAttribute('aria-invalid', 'true');
      setText(
        required(element, '[data-fqdn-note]', HTMLElement),
        row.fromCertificate ? t('server.fqdn.from-certificate') : '',
      );
      renderField(required(element, '[data-cert-field]', HTMLElement), row.field, context, s);
    });
    const referenceContext: FieldContext = {
      ref: 'reference',
      prefix: 'reference',
      recognitions: state.recognitions,
      outcome: state.outcome,
    };
    if (memo.changed('reference', fieldDeps(state.reference, referenceContext))) {
      renderField(reference, state.reference, referenceContext, s);
    }
    if (memo.changed('bulk', [state.bulk])) {
      renderField(
        bulk,
        state.bulk,
        { ref: 'bulk', prefix: 'bulk', recognitions: new Map(), outcome: null },
        s,
      );
    }
    const shown = state.day === '' ? state.today : state.day;
    if (day.value !== shown) day.value = shown;
  };
}
