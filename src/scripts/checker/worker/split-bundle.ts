// A labelled bundle in "Many servers at once" (docs/checker-contract.md, "Bundles"), read in the
// worker and loaded only when an input may hold labels: its `# reference` and server labels go to
// the page as they are, its unlabelled PEM is split by SAN like any other input.
import { readBundle, type InputError, type InputErrorCode } from '../../../lib/cert/index.ts';
import type { LabelledEntry, SplitBundle } from '../protocol.ts';

/** A bundle's labels and its unlabelled PEM texts, or the error that refuses it whole. */
export type BundleSplit =
  | { readonly ok: true; readonly bundle: SplitBundle; readonly unlabelled: readonly string[] }
  | { readonly ok: false; readonly error: InputError };

// Not a bundle after all: binary or empty input is read as before (a DER file, say).
const notABundle: ReadonlySet<InputErrorCode> = new Set(['not-a-bundle', 'bad-encoding', 'empty']);

/** Reads `bytes` as a bundle; null when it has no label, so that it is split as before. */
export function splitBundle(bytes: Uint8Array): BundleSplit | null {
  const read = readBundle(bytes);
  if (!read.ok) return notABundle.has(read.error.code) ? null : { ok: false, error: read.error };
  const labelled = read.entries.filter(
    (entry): entry is LabelledEntry => entry.kind !== 'unlabelled',
  );
  if (labelled.length === 0) return null;
  return {
    ok: true,
    bundle: { summary: read.summary, labelled },
    unlabelled: read.entries.flatMap((entry) => (entry.kind === 'unlabelled' ? [entry.text] : [])),
  };
}
