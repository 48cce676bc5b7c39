// Input that came before the checker was ready is replayed once it is, so nothing the user did while
// it loaded is lost: picked files, drops, then button clicks, in that order.
import type { CertField } from './cert-field.ts';
import { act } from './checker-actions.ts';
import type { CheckerState } from './checker-state.ts';
import type { PendingInput } from './loader.ts';

/** Feeds early files and drops to their fields, then performs the early clicks. */
export async function replayPending(state: CheckerState, input: PendingInput): Promise<void> {
  const fields = new Map<Element, CertField>([
    [state.reference.root, state.reference],
    ...[...state.rows.values()].map((row): [Element, CertField] => [row.certField, row.field]),
  ]);
  // Files picked before the checker loaded are still waiting in their inputs.
  for (const [element, field] of fields) {
    const picker = element.querySelector('input[type=file]');
    if (!(picker instanceof HTMLInputElement) || !picker.files?.length) continue;
    const files = [...picker.files];
    picker.value = '';
    await field.addFiles(files);
  }
  for (const drop of input.drops) {
    const element = drop.target.closest('[data-cert-field]');
    const field = element === null ? undefined : fields.get(element);
    if (field !== undefined) await field.addFiles(drop.files);
  }
  for (const button of input.clicks) if (button.isConnected) await act(state, button);
}
