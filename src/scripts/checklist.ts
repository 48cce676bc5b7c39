import { readTicks, writeTicks } from './checklist-storage.ts';

/** Restores and remembers checklist ticks, and wires the reset and copy-link controls. */
export function initChecklist(root: Document): void {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-checklist-item]')];
  const progress = root.querySelector<HTMLElement>('.checklist-progress');
  const status = root.querySelector<HTMLElement>('.checklist-status');
  const controls = root.querySelector<HTMLElement>('.checklist-controls');

  const save = (): void => {
    const ticked = readTicks();
    for (const box of boxes) {
      const id = box.dataset['checklistItem'] ?? '';
      if (box.checked) ticked.add(id);
      else ticked.delete(id);
    }
    writeTicks(ticked);
    if (progress) {
      const done = boxes.filter((b) => b.checked).length;
      progress.textContent = (progress.dataset['template'] ?? '')
        .replace('{done}', String(done))
        .replace('{total}', String(boxes.length));
    }
  };

  const ticked = readTicks();
  for (const box of boxes) {
    box.checked = ticked.has(box.dataset['checklistItem'] ?? '');
    box.addEventListener('change', save);
  }
  save();

  root.querySelector('.checklist-reset')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    save();
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copyLink(button.dataset['copyLink'] ?? '', status));
  }
  if (controls) controls.hidden = false;
}

async function copyLink(id: string, status: HTMLElement | null): Promise<void> {
  // The link keeps the query (e.g. ?server=… for the checker) but never anything else.
  const url = new URL(location.href);
  url.hash = id;
  let copied = false;
  try {
    await navigator.clipboard.writeText(url.href);
    copied = true;
  } catch {
    history.replaceState(null, '', url.href);
  }
  if (status) status.textContent = status.dataset[copied ? 'done' : 'failed'] ?? '';
}
