// A bundle's labels in "Many servers at once" (docs/checker-contract.md, "Bundles"): its
// `# reference` blocks fill the reference field, and each server's labelled certificates fill the
// row with that FQDN, else a blank row, else a new one, so that a bundle pasted again fills the
// same rows. The worker has grouped the labels by server and read their role (split-bundle.ts).
import { canonicalHost } from '../../../lib/cert/index.ts';
import type { BundleInput, SplitBundle } from '../protocol.ts';
import { newRow, type CheckerState, type RowState, type SourceFile } from './state.ts';

const encoder = new TextEncoder();

const isBlank = (row: RowState): boolean =>
  row.fqdn === '' && row.field.text.trim() === '' && row.field.files.length === 0;

/** `state` with the bundles' references in the reference field and their servers in rows. */
export function fillLabelled(state: CheckerState, bundles: readonly SplitBundle[]): CheckerState {
  let nextId = state.nextId;
  // Each label's text is an input of its own, named by its label line.
  const fileOf = ({ name, label, pem, problem }: BundleInput): SourceFile => ({
    id: nextId++,
    name,
    label,
    bytes: encoder.encode(pem),
    ...(problem === null ? {} : { problem }),
  });
  const rows = [...state.rows];
  // Each row's host once, the first row with it winning: a thousand labels meet a thousand rows.
  const byHost = new Map(
    rows.map((row, index) => [canonicalHost(row.fqdn), index] as const).reverse(),
  );
  for (const server of bundles.flatMap((bundle) => bundle.servers)) {
    const found = byHost.get(server.host) ?? rows.findIndex(isBlank);
    const index = found < 0 ? rows.length : found;
    const row = rows[index];
    // A row with the FQDN keeps it as typed; a blank or a new row takes the label's.
    const named =
      row === undefined || row.fqdn === '' ? newRow(row?.id ?? nextId++, server.fqdn) : row;
    const field = { text: '', files: server.certificates.map(fileOf), refusals: [] };
    rows[index] = { ...named, field, role: server.role ?? named.role };
    byHost.set(server.host, index);
  }
  const references = bundles.flatMap((bundle) => bundle.references.map(fileOf));
  // Earlier bundles' references give way to these; what the person typed or chose stays.
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
