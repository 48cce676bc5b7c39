// One certificate field: pasted text plus picked or dropped files, each a separate input.
import { changeKind, type ChangeKind } from './change-kind.ts';
import { el, required } from './dom.ts';
import type { Translate } from './translate.ts';

/** One input of a field: the pasted text or one file, as bytes for the core. */
export interface CertSource {
  /** File name, or null for the pasted text. */
  readonly name: string | null;
  readonly bytes: Uint8Array;
}

/** Wiring of one `[data-cert-field]` element. */
export interface CertField {
  readonly root: HTMLElement;
  /** Pasted text first (when not blank), then files in the order added. */
  sources(): CertSource[];
  /** Forgets one refused source entirely and keeps saying why until the field is edited. */
  refuse(source: CertSource, message: string): void;
  /** Adds files as if picked (used for drops and picks that came before the checker loaded). */
  addFiles(files: readonly File[]): Promise<void>;
  /** Shows the field's error lines, or clears them with an empty list. */
  showErrors(lines: readonly string[], textInvalid: boolean): void;
  clear(): void;
  focus(): void;
}

interface StoredFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** Wires a certificate field; `onChange` runs after every edit, file or removal, saying how. */
export function bindCertField(
  root: HTMLElement,
  options: {
    readonly t: Translate;
    readonly maxBytes: number;
    readonly onChange: (kind: ChangeKind) => void;
    /** Why a file is refused by its name alone (PKCS#12), or null to read it. */
    readonly refuseByName: (name: string) => string | null;
  },
): CertField {
  const { t, maxBytes, onChange, refuseByName } = options;
  const text = required(root, '[data-cert-text]', HTMLTextAreaElement);
  const picker = required(root, '[data-cert-files]', HTMLInputElement);
  const list = required(root, '[data-file-list]', HTMLUListElement);
  const error = required(root, '[data-field-error]', HTMLElement);
  const multiple = root.dataset['multiple'] === 'true';
  let files: StoredFile[] = [];
  // A refusal empties the field, so the next run no longer sees the cause: remember the reason.
  let refusals: string[] = [];

  function renderFiles(): void {
    list.replaceChildren(
      ...files.map((file) => {
        const remove = el('button', { type: 'button', class: 'checker-button secondary small' }, [
          t('files.remove.button', { name: file.name }),
        ]);
        remove.addEventListener('click', () => {
          refusals = [];
          files = files.filter((f) => f !== file);
          renderFiles();
          text.focus();
          onChange('whole');
        });
        return el('li', {}, [
          el('span', {}, [t('files.item.text', { name: file.name, count: file.bytes.length })]),
          remove,
        ]);
      }),
    );
  }

  async function addFiles(picked: readonly File[]): Promise<void> {
    refusals = [];
    const unreadable: string[] = [];
    const read: StoredFile[] = [];
    for (const file of multiple ? picked : picked.slice(0, 1)) {
      // Key containers are never read at all, so no key byte enters the page.
      const refusal = refuseByName(file.name);
      if (refusal !== null) {
        refusals = [...refusals, refusal];
        continue;
      }
      try {
        // One byte past the cap is enough for the core to report the file as too large.
        const buffer = await file.slice(0, maxBytes + 1).arrayBuffer();
        read.push({ name: file.name, bytes: new Uint8Array(buffer) });
      } catch {
        unreadable.push(t('error.file.read', { name: file.name }));
      }
    }
    if (multiple) {
      files = [...files, ...read];
    } else if (read.length > 0 || refusals.length > 0) {
      // A server has one certificate input: the newest file replaces what was there.
      files = read;
      if (read.length > 0) text.value = '';
    }
    renderFiles();
    onChange('whole');
    if (unreadable.length > 0) showErrors(unreadable, false);
  }

  function showErrors(lines: readonly string[], textInvalid: boolean): void {
    error.textContent = [...refusals, ...lines].join(' ');
    if (textInvalid || refusals.length > 0) text.setAttribute('aria-invalid', 'true');
    else text.removeAttribute('aria-invalid');
  }

  picker.addEventListener('change', () => {
    const picked = [...(picker.files ?? [])];
    picker.value = '';
    void addFiles(picked);
  });
  text.addEventListener('input', (event) => {
    refusals = [];
    if (!multiple && files.length > 0 && text.value.trim() !== '') {
      files = [];
      renderFiles();
    }
    onChange(changeKind(event));
  });
  root.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    root.classList.add('dragging');
  });
  root.addEventListener('dragleave', () => root.classList.remove('dragging'));
  root.addEventListener('drop', (event) => {
    root.classList.remove('dragging');
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (dropped.length === 0) return;
    event.preventDefault();
    void addFiles(dropped);
  });

  return {
    root,
    sources() {
      const pasted: CertSource[] =
        text.value.trim() === '' ? [] : [{ name: null, bytes: encoder.encode(text.value) }];
      return [...pasted, ...files];
    },
    refuse(source, message) {
      if (source.name === null) text.value = '';
      else files = files.filter((file) => file.bytes !== source.bytes);
      refusals = [...refusals, message];
      renderFiles();
    },
    addFiles,
    showErrors,
    clear() {
      text.value = '';
      files = [];
      refusals = [];
      renderFiles();
      showErrors([], false);
    },
    focus() {
      text.focus();
    },
  };
}
