// The worker request for the current state: every input under a key that names its field, the
// servers whose FQDN is a host name, and the instant. Pure, so what is sent is unit-tested.
import { checkFqdnSyntax, type FqdnProblem } from '../../lib/cert/fqdn-syntax.ts';
import type { CheckerState, FieldState, Sent, SourceRef } from './checker-state.ts';
import type { CheckRequestMessage, WorkerInput } from './worker-protocol.ts';

/** The instant a "Check validity on" day means: its start in UTC; no day means `now`. */
export function instantOf(day: string, now: number): number {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  return Number.isNaN(start) ? now : start;
}

/** The inputs of a field with their keys: pasted text first (when not blank), then files. */
export function fieldInputs(
  prefix: string,
  field: FieldState,
): { input: WorkerInput; name: string | null; file: number | null }[] {
  const text =
    field.text.trim() === ''
      ? []
      : [{ input: { key: `${prefix}:text`, text: field.text }, name: null, file: null }];
  const files = field.files.map((file) => ({
    input: { key: `${prefix}:${file.id}`, bytes: file.bytes },
    name: file.name,
    file: file.id,
  }));
  return [...text, ...files];
}

/** The check request with id `id`, and what the state keeps of it to place the answer. */
export function buildRequest(
  state: CheckerState,
  id: number,
  now: number,
): { readonly message: CheckRequestMessage; readonly sent: Sent } {
  const at = instantOf(state.day, now);
  const inputs: WorkerInput[] = [];
  const sources = new Map<string, SourceRef>();
  const add = (
    entry: ReturnType<typeof fieldInputs>[number],
    field: SourceRef['field'],
  ): number => {
    sources.set(entry.input.key, { field, file: entry.file, name: entry.name });
    return inputs.push(entry.input) - 1;
  };
  const references = fieldInputs('reference', state.reference).map((e) => add(e, 'reference'));
  const servers: { fqdn: string; input: number }[] = [];
  const rows: number[] = [];
  const fqdnErrors = new Map<number, FqdnProblem>();
  for (const row of state.rows) {
    // A server has one input: text replaces a file and a file replaces text (reduce-state.ts).
    const [entry] = fieldInputs(`server-${row.id}`, row.field);
    const syntax = checkFqdnSyntax(row.fqdn);
    if (!syntax.ok && (entry !== undefined || syntax.code !== 'fqdn-missing')) {
      fqdnErrors.set(row.id, syntax.code);
    }
    if (entry === undefined) continue;
    const input = add(entry, row.id);
    if (!syntax.ok) continue;
    servers.push({ fqdn: row.fqdn.trim(), input });
    rows.push(row.id);
  }
  return {
    message: { type: 'check', id, at, inputs, references, servers },
    sent: { id, at, rows, sources, fqdnErrors },
  };
}
