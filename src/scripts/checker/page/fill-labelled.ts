// A bundle's labels in "Many servers at once" (docs/checker-contract.md, "Bundles"): its
// `# reference` blocks fill the reference field, and each server's labelled certificates fill the
// one row with that FQDN (case and one trailing dot ignored), else a blank row, else a new one,
// so that pasting a bundle again fills the same rows. The row's role comes from the label's words.
import { canonicalHost } from '../../../lib/cert/index.ts';
import { roleFromLabel } from '../../../lib/command-line/build-command-line.ts';
import type { LabelledEntry } from '../protocol.ts';
import { newRow, type CheckerState, type RowState, type SourceFile } from './state.ts';

const encoder = new TextEncoder();

const isBlank = (row: RowState): boolean =>
  row.fqdn === '' && row.field.text.trim() === '' && row.field.files.length === 0;

/** `state` with a bundle's labelled entries placed in the reference field and the rows. */
export function fillLabelled(
  state: CheckerState,
  labelled: readonly LabelledEntry[],
): CheckerState {
  let nextId = state.nextId;
  // Each entry is an input of its own, named by its label line as the bundle has it.
  const fileOf = (entry: LabelledEntry): SourceFile => ({
    id: nextId++,
    name: entry.kind === 'reference' ? '# reference' : `# ${entry.fqdn} ${entry.label}`.trim(),
    bytes: encoder.encode(entry.text),
    label: entry.kind === 'reference' ? 'reference' : entry.label,
    ...(entry.problem === null ? {} : { problem: entry.problem.message }),
  });
  const groups = new Map<string, Extract<LabelledEntry, { kind: 'server' }>[]>();
  for (const entry of labelled) {
    if (entry.kind !== 'server') continue;
    const host = canonicalHost(entry.fqdn);
    groups.set(host, [...(groups.get(host) ?? []), entry]);
  }
  const references = labelled.filter((entry) => entry.kind === 'reference').map(fileOf);
  const rows = [...state.rows];
  // Each row's host once: a thousand labels are compared with a thousand rows.
  const byHost = new Map<string, number>();
  for (const [index, row] of [...rows.entries()].reverse()) {
    if (row.fqdn !== '') byHost.set(canonicalHost(row.fqdn), index);
  }
  for (const [host, group] of groups) {
    const [first] = group;
    if (first === undefined) continue;
    const field = { text: '', files: group.map(fileOf), refusals: [] };
    const role = group.map((entry) => roleFromLabel(entry.label)).find((one) => one !== null);
    const index = byHost.get(host) ?? rows.findIndex(isBlank);
    const row = rows[index];
    // A row with the FQDN keeps it as typed; a blank row or a new one takes the label's.
    const named =
      row === undefined || row.fqdn === '' ? newRow(row?.id ?? nextId++, first.fqdn) : row;
    const filled: RowState = { ...named, field, role: role ?? named.role };
    if (row === undefined) rows.push(filled);
    else rows[index] = filled;
    byHost.set(host, row === undefined ? rows.length - 1 : index);
  }
  // Earlier bundles' references give way to this one's; what the person typed or chose stays.
  const reference =
    references.length === 0
      ? state.reference
      : {
          text: state.reference.text,
          files: [
            ...state.reference.files.filter((file) => file.label === undefined),
            ...references,
          ],
          refusals: [],
        };
  return { ...state, nextId, rows, reference };
}
