// Renders the inputs from the state: server rows (created, removed and ordered by id), each
// field's text, files, recognized line and errors, the FQDN messages, the drop zone being dragged
// over, and the note on a runbook link's servers left out. Writes a control's value only when the
// state differs from it, so typing is never disturbed; builds the rows a frame's budget allows.
import { fqdnMessageKeys, type InputError } from '../../../lib/cert/index.ts';
import type { Recognition } from '../protocol.ts';
import { el, required, setHidden, setSentence, setText } from './dom.ts';
import { capOf } from './files.ts';
import { maxLinkedServers } from './prefill.ts';
import { createRenderMemo, type Slice } from './render-work.ts';
import { fieldInputs, type CheckerState, type FieldRef, type FieldState } from './state.ts';
import type { PageText } from './translate.ts';
import { foundText, recognizedText, refusalText } from './field-text.ts';

/**
 * A new row's layout, in the units of a frame's budget (render-work.ts): a form of some 150
 * boxes, whose layout costs more than building it (a changed row costs 1). Rows are never
 * skipped while out of view (content-visibility): Chromium's autofill then lays out each skipped
 * row on its own.
 */
const rowCost = 50;

/** What rendering a field reads besides the field itself. */
interface FieldContext {
  readonly ref: FieldRef;
  readonly prefix: string;
  readonly recognitions: ReadonlyMap<string, Recognition>;
  readonly errors: ReadonlyMap<string, InputError> | undefined;
  readonly dragging: boolean;
}

/** Sentences joined by spaces, as one paragraph's nodes. */
const joined = (sentences: readonly Node[][], separator: string): Node[] =>
  sentences.flatMap((nodes, index) =>
    index === 0 ? nodes : [document.createTextNode(separator), ...nodes],
  );

function renderField(root: HTMLElement, field: FieldState, context: FieldContext, s: PageText) {
  const text = required(root, '[data-cert-text]', HTMLTextAreaElement);
  if (text.value !== field.text) text.value = field.text;
  required(root, '[data-drop-zone]', HTMLElement).classList.toggle('dragging', context.dragging);
  const list = required(root, '[data-file-list]', HTMLUListElement);
  const listKey = field.files.map((file) => file.id).join(',');
  if (list.dataset['files'] !== listKey) {
    list.dataset['files'] = listKey;
    list.replaceChildren(
      ...field.files.map((file) =>
        el('li', {}, [
          el('span', {}, s.say('files.item.text', { name: file.name, count: file.bytes.length })),
          el(
            'button',
            {
              type: 'button',
              class: 'checker-button secondary small',
              'data-action': 'remove-file',
              'data-file-id': String(file.id),
            },
            // One span: a button is a flex box, whose items (text runs and the name's <bdi>)
            // would stand apart, without the sentence's spaces.
            [el('span', {}, s.say('files.remove.button', { name: file.name }))],
          ),
        ]),
      ),
    );
  }
  const recognized: Node[][] = [];
  const errors = field.refusals.map((refusal) => refusalText(refusal, s, capOf(context.ref)));
  for (const { name, problem } of field.files) {
    if (problem !== undefined)
      errors.push(s.say('error.source.text', { name, message: s.message(problem) }));
  }
  let textInvalid = field.refusals.some((refusal) => refusal.name === null);
  for (const entry of fieldInputs(context.prefix, field)) {
    const recognition = context.recognitions.get(entry.input.key);
    const error = context.errors?.get(entry.input.key);
    const line =
      error !== undefined
        ? s.message(error.message)
        : recognition?.ok === true
          ? recognizedText(recognition, s)
          : null;
    if (line === null) continue;
    const named =
      entry.name === null ? line : s.say('error.source.text', { name: entry.name, message: line });
    if (error === undefined) recognized.push(named);
    else errors.push(named);
    if (error !== undefined && entry.name === null) textInvalid = true;
  }
  const recognizedLine = required(root, '[data-recognized]', HTMLElement);
  setSentence(
    recognizedLine,
    recognized.map((line) => el('span', {}, line)),
  );
  setSentence(required(root, '[data-field-error]', HTMLElement), joined(errors, ' '));
  if (textInvalid) text.setAttribute('aria-invalid', 'true');
  else text.removeAttribute('aria-invalid');
}

/** Everything a field's rendering reads: the field and what the worker said of its inputs. */
function fieldDeps(field: FieldState, context: FieldContext): unknown[] {
  const deps: unknown[] = [field, context.dragging];
  for (const entry of fieldInputs(context.prefix, field)) {
    deps.push(context.recognitions.get(entry.input.key), context.errors?.get(entry.input.key));
  }
  return deps;
}

/** Keeps the row list in step with the state; rows are matched by id, never by position. */
export function createInputsView(
  root: HTMLElement,
  s: PageText,
): (state: CheckerState, slice: Slice) => boolean {
  const { t } = s;
  const list = required(root, '[data-server-list]', HTMLOListElement);
  const template = required(root, '[data-server-template]', HTMLTemplateElement);
  const reference = required(root, '[data-cert-field="reference"]', HTMLElement);
  const bulk = required(root, '[data-cert-field="bulk"]', HTMLElement);
  const day = required(root, '[data-check-date]', HTMLInputElement);
  const linkNote = required(root, '[data-link-note]', HTMLElement);
  const dateNote = required(root, '[data-date-note]', HTMLElement);
  const rows = new Map<number, HTMLLIElement>();
  const memo = createRenderMemo<FieldRef | 'link' | 'date'>();
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

  const contextOf = (state: CheckerState, ref: FieldRef, prefix: string): FieldContext => ({
    ref,
    prefix,
    recognitions: state.recognitions,
    errors: state.outcome?.errors,
    dragging: state.dragging === ref,
  });

  return (state, slice) => {
    const referenceContext = contextOf(state, 'reference', 'reference');
    if (memo.changed('reference', fieldDeps(state.reference, referenceContext))) {
      renderField(reference, state.reference, referenceContext, s);
    }
    // The many-servers field is split, never checked: it has no recognized line or error. While
    // its text is being split it is shown empty: laying out a pasted megabyte of certificates
    // would stop the page for longer than splitting them (issue 25, fault 5); the rows follow.
    const splitting = state.splitting !== null;
    if (memo.changed('bulk', [state.bulk, state.dragging === 'bulk', splitting, state.bundles])) {
      const none = new Map<string, never>();
      const context = { ref: 'bulk' as const, prefix: 'bulk', recognitions: none, errors: none };
      const field = splitting ? { ...state.bulk, text: '' } : state.bulk;
      renderField(bulk, field, { ...context, dragging: state.dragging === 'bulk' }, s);
      // What the last bundles held: the field's recognized line.
      setSentence(
        required(bulk, '[data-recognized]', HTMLElement),
        state.bundles.map(({ name, summary }) =>
          el(
            'span',
            {},
            name === null
              ? foundText(summary, s)
              : s.say('error.source.text', { name, message: foundText(summary, s) }),
          ),
        ),
      );
    }
    if (memo.changed('link', [state.linkIgnored])) {
      setHidden(linkNote, state.linkIgnored === 0);
      setSentence(
        linkNote,
        state.linkIgnored === 0
          ? []
          : s.say('server.link.ignored', { count: state.linkIgnored, max: maxLinkedServers }),
      );
    }
    if (memo.changed('date', [state.linkBadDay])) {
      const bad = state.linkBadDay;
      setHidden(dateNote, bad === null);
      setSentence(dateNote, bad === null ? [] : s.say('date.link.invalid', { value: bad }));
    }
    const shown = state.day === '' ? state.today : state.day;
    if (day.value !== shown) day.value = shown;
    const wanted = new Set(state.rows.map((row) => row.id));
    for (const [id, element] of rows) {
      if (wanted.has(id)) continue;
      element.remove();
      rows.delete(id);
      memo.forget(id);
    }
    for (const [index, row] of state.rows.entries()) {
      const context = contextOf(state, row.id, `server-${row.id}`);
      const code = state.outcome?.fqdnErrors.get(row.id);
      const deps = [
        index,
        row.typed,
        row.role,
        row.fromCertificate,
        code,
        ...fieldDeps(row.field, context),
      ];
      if (!memo.changed(row.id, deps)) continue;
      if (slice.over()) {
        // Left for the next frame, which must see this row as changed.
        memo.forget(row.id);
        return false;
      }
      let element = rows.get(row.id);
      slice.spend(element === undefined ? rowCost : 1);
      if (element === undefined) {
        element = createRow(row.id);
        rows.set(row.id, element);
      }
      if (list.children[index] !== element)
        list.insertBefore(element, list.children[index] ?? null);
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
      if (fqdn.value !== row.typed) fqdn.value = row.typed;
      const role = required(element, '[data-role-select]', HTMLSelectElement);
      if (role.value !== row.role) role.value = row.role;
      setSentence(
        required(element, '[data-fqdn-error]', HTMLElement),
        code === undefined
          ? []
          : s.message({ key: fqdnMessageKeys[code], params: { fqdn: row.fqdn } }),
      );
      if (code === undefined) fqdn.removeAttribute('aria-invalid');
      else fqdn.setAttribute('aria-invalid', 'true');
      setSentence(
        required(element, '[data-fqdn-note]', HTMLElement),
        row.fromCertificate ? s.say('server.fqdn.from-certificate') : [],
      );
      renderField(required(element, '[data-cert-field]', HTMLElement), row.field, context, s);
    }
    return true;
  };
}
