// Reads a labelled bundle: the text the Management Shell snippet prints (docs/checker-contract.md,
// "Bundles"). A line `# FQDN [words…]` starts the PEM blocks of one server's certificate,
// `# reference` those of the reference; PEM blocks before any label are unlabelled (matched to
// servers by their SAN, as many certificates at once are); every other line is ignored and
// counted. The reader only splits text: each labelled input is then parsed like any other.
import type { InputError, Message } from '../types.ts';
import { decodeText, looksLikeUtf16WithoutBom } from '../decode-text.ts';
import { derKind } from '../der-kind.ts';
import { checkFqdnSyntax, type FqdnProblem } from '../fqdn-syntax.ts';
import { fqdnMessageKeys } from '../fqdn-messages.ts';
import { inputError } from '../input-error.ts';
import { hasPrivateKeyBlock, normalizeLines } from '../pem.ts';
import { maxBundleBytes, maxBundleLabels } from './bundle-limits.ts';

/** Why one label's input cannot be used: nothing under it, or a label that is not an FQDN. */
export interface BundleProblem {
  readonly code: 'label-without-certificate' | FqdnProblem;
  readonly message: Message;
}

/** One input of a bundle: the PEM text under a label (or before any label), as typed. */
export type BundleEntry =
  | {
      readonly kind: 'reference';
      /** 1-based line of the label. */
      readonly line: number;
      readonly text: string;
      /** PEM blocks under the label. */
      readonly blocks: number;
      readonly problem: BundleProblem | null;
    }
  | {
      readonly kind: 'server';
      readonly line: number;
      /** The label's first word, trimmed: the server's FQDN as the bundle spells it. */
      readonly fqdn: string;
      /** The label's other words (`FrontEnd Default`), naming this certificate in results. */
      readonly label: string;
      readonly text: string;
      readonly blocks: number;
      readonly problem: BundleProblem | null;
    }
  | {
      readonly kind: 'unlabelled';
      /** 1-based line of the first block. */
      readonly line: number;
      readonly text: string;
      readonly blocks: number;
      readonly problem: null;
    };

/** What a bundle holds, for the line that says what was found. */
export interface BundleSummary {
  readonly references: number;
  /** Distinct server FQDNs among the labels (case and one trailing dot ignored). */
  readonly servers: number;
  /** PEM blocks under server labels and before any label. */
  readonly certificates: number;
  /** Lines that are neither blank, nor a label, nor part of a PEM block. */
  readonly ignoredLines: number;
}

/** A read bundle, or the one error that refuses it whole. */
export type BundleResult =
  | { readonly ok: true; readonly entries: readonly BundleEntry[]; readonly summary: BundleSummary }
  | { readonly ok: false; readonly error: InputError };

const beginLine = /^-----BEGIN [A-Z0-9 #]+-----/;
const endLine = /^-----END [A-Z0-9 #]+-----/;

interface Section {
  readonly kind: 'reference' | 'server' | 'unlabelled';
  readonly line: number;
  readonly words: readonly string[];
  readonly pem: string[];
  blocks: number;
}

const labelWords = (line: string): string[] => line.slice(1).trim().split(/\s+/).filter(Boolean);

/**
 * The lines that are labels: `# reference`, `# word-with-a-dot …`, or any `# word …` that has a
 * PEM block under it before the next `#` line (so `# fe01 FrontEnd Default` gets the FQDN
 * error, while a comment above a label stays a comment).
 */
function findLabels(lines: readonly string[]): Set<number> {
  const labels = new Set<number>();
  let candidate: number | null = null;
  for (const [index, line] of lines.entries()) {
    if (line.startsWith('#')) {
      const [first = ''] = labelWords(line);
      if (first === '') candidate = null;
      else if (first.toLowerCase() === 'reference' || first.includes('.')) {
        labels.add(index);
        candidate = null;
      } else candidate = index;
    } else if (beginLine.test(line) && candidate !== null) {
      labels.add(candidate);
      candidate = null;
    }
  }
  return labels;
}

/** Why binary bytes are no bundle: key material is refused as such, anything else is not text. */
function binaryError(bytes: Uint8Array): InputError {
  const kind = derKind(bytes);
  if (kind === 'pkcs12' || kind === 'private-key') return inputError(kind);
  return inputError(looksLikeUtf16WithoutBom(bytes) ? 'bad-encoding' : 'not-a-bundle');
}

const problem = (
  code: BundleProblem['code'],
  params: Record<string, string> = {},
): BundleProblem => ({
  code,
  message: {
    key:
      code === 'label-without-certificate'
        ? 'bundle:input.error.label-without-certificate'
        : fqdnMessageKeys[code],
    params,
  },
});

function toEntry(section: Section): BundleEntry {
  const text = section.pem.join('\n');
  const { line, blocks } = section;
  const empty = blocks === 0 ? problem('label-without-certificate') : null;
  if (section.kind === 'unlabelled')
    return { kind: 'unlabelled', line, text, blocks, problem: null };
  if (section.kind === 'reference')
    return { kind: 'reference', line, text, blocks, problem: empty };
  const [fqdn = '', ...words] = section.words;
  const syntax = checkFqdnSyntax(fqdn);
  return {
    kind: 'server',
    line,
    fqdn,
    label: words.join(' '),
    text,
    blocks,
    problem: syntax.ok ? empty : problem(syntax.code, { fqdn }),
  };
}

/** Splits a bundle into its labelled inputs; never throws. */
export function readBundle(bytes: Uint8Array): BundleResult {
  if (bytes.length > maxBundleBytes) {
    return { ok: false, error: inputError('too-large', { count: maxBundleBytes }) };
  }
  const text = decodeText(bytes);
  if (text === null || (text.includes('\0') && looksLikeUtf16WithoutBom(bytes))) {
    return { ok: false, error: binaryError(bytes) };
  }
  if (text.trim() === '') return { ok: false, error: inputError('empty') };
  // Nothing of a bundle with key material is kept, as with any other input.
  if (hasPrivateKeyBlock(text)) return { ok: false, error: inputError('private-key') };
  const lines = normalizeLines(text);
  const labels = findLabels(lines);
  if (labels.size > maxBundleLabels) {
    return { ok: false, error: inputError('too-many-labels', { limit: maxBundleLabels }) };
  }
  const sections: Section[] = [];
  let current: Section | null = null;
  let inBlock = false;
  let ignoredLines = 0;
  for (const [index, line] of lines.entries()) {
    if (labels.has(index)) {
      const words = labelWords(line);
      const kind = words[0]?.toLowerCase() === 'reference' ? 'reference' : 'server';
      // A block cut off by the next label stays cut off: its parse says it is damaged.
      current = { kind, line: index + 1, words, pem: [], blocks: 0 };
      sections.push(current);
      inBlock = false;
    } else if (inBlock || beginLine.test(line)) {
      if (!inBlock) {
        if (current === null) {
          current = { kind: 'unlabelled', line: index + 1, words: [], pem: [], blocks: 0 };
          sections.push(current);
        }
        current.blocks += 1;
      }
      current?.pem.push(line);
      inBlock = !endLine.test(line);
    } else if (line.trim() !== '') ignoredLines += 1;
  }
  const entries = sections.map(toEntry);
  const servers = new Set(
    entries.flatMap((e) => (e.kind === 'server' ? [e.fqdn.toLowerCase().replace(/\.$/, '')] : [])),
  );
  return {
    ok: true,
    entries,
    summary: {
      references: entries.filter((e) => e.kind === 'reference').length,
      servers: servers.size,
      certificates: entries.reduce((sum, e) => sum + (e.kind === 'reference' ? 0 : e.blocks), 0),
      ignoredLines,
    },
  };
}
