// A labelled bundle in "Many servers at once" (docs/checker-contract.md, "Bundles"): the reader is
// loaded only when an input may hold labels; its `# reference` blocks and each server's labelled
// certificates (several labels with one FQDN are one server) go to the page ready to fill rows,
// its unlabelled PEM is split by SAN like any other input.
import {
  canonicalHost,
  readBundleLater,
  type BundleEntry,
  type InputError,
  type InputErrorCode,
} from '../../../lib/cert/index.ts';
import { roleFromLabel } from '../../../lib/command-line/build-command-line.ts';
import type { BundleInput, BundleServer, SplitBundle } from '../protocol.ts';

/** A bundle's labels and its unlabelled PEM texts, or the error that refuses it whole. */
export type BundleSplit =
  | { readonly ok: true; readonly bundle: SplitBundle; readonly unlabelled: readonly string[] }
  | { readonly ok: false; readonly error: InputError };

// Not a bundle after all: binary or empty input is read as before (a DER file, say).
const notABundle: ReadonlySet<InputErrorCode> = new Set(['not-a-bundle', 'bad-encoding', 'empty']);

const inputOf = (entry: Exclude<BundleEntry, { kind: 'unlabelled' }>): BundleInput => ({
  name: entry.kind === 'reference' ? '# reference' : `# ${entry.fqdn} ${entry.label}`.trim(),
  label: entry.kind === 'reference' ? 'reference' : entry.label,
  pem: entry.text,
  problem: entry.problem?.message ?? null,
});

/** Reads `bytes` as a bundle; null when it has no label, so that it is split as before. */
export async function splitBundle(bytes: Uint8Array): Promise<BundleSplit | null> {
  const read = await readBundleLater(bytes);
  if (!read.ok) return notABundle.has(read.error.code) ? null : { ok: false, error: read.error };
  const references: BundleInput[] = [];
  const servers = new Map<string, BundleServer>();
  const unlabelled: string[] = [];
  for (const entry of read.entries) {
    if (entry.kind === 'unlabelled') unlabelled.push(entry.text);
    else if (entry.kind === 'reference') references.push(inputOf(entry));
    else {
      const host = canonicalHost(entry.fqdn);
      const server = servers.get(host);
      servers.set(host, {
        fqdn: server?.fqdn ?? entry.fqdn,
        host,
        role: server?.role ?? roleFromLabel(entry.label),
        certificates: [...(server?.certificates ?? []), inputOf(entry)],
      });
    }
  }
  if (references.length === 0 && servers.size === 0) return null;
  const bundle = { summary: read.summary, references, servers: [...servers.values()] };
  return { ok: true, bundle, unlabelled };
}
