// The bundle reader: what Windows writes (UTF-16 with a byte order mark, CRLF, 76 columns), the
// snippet's exact output, and every bad input as a typed row.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  maxBundleBytes,
  maxBundleLabels,
  parseInput,
  type BundleResult,
} from '../../../src/lib/cert/index.ts';
// The reader itself: front ends load it with the first bundle (readBundleLater).
import { readBundle } from '../../../src/lib/cert/bundle/read-bundle.ts';
import {
  createTestPki,
  snippetOutput,
  snippetPem,
  utf16,
  utf8,
  windowsUtf16,
} from '../../support/pki/index.ts';

const pki = await createTestPki();
const { frontEnd, pchat } = pki.leaves;
const { issuingCa1 } = pki.cas;
const output = snippetOutput(pki);
const lines = (...parts: (string | string[])[]): string => parts.flat().join('\n');

/** What a test compares: each entry's kind, name, label, blocks and problem code. */
function shape(result: BundleResult): unknown {
  if (!result.ok) return { error: result.error.code, params: result.error.message.params };
  return {
    entries: result.entries.map((e) => ({
      kind: e.kind,
      ...(e.kind === 'server' ? { fqdn: e.fqdn, label: e.label } : {}),
      blocks: e.blocks,
      problem: e.problem?.code ?? null,
    })),
    summary: result.summary,
  };
}

const snippetShape = {
  entries: [
    {
      kind: 'server',
      fqdn: 'fe01.contoso.com',
      label: 'FrontEnd Default',
      blocks: 1,
      problem: null,
    },
    { kind: 'reference', blocks: 1, problem: null },
    {
      kind: 'server',
      fqdn: 'fe01.contoso.com',
      label: 'FrontEnd WebServicesInternal',
      blocks: 1,
      problem: null,
    },
    {
      kind: 'server',
      fqdn: 'pchat01.contoso.com',
      label: 'PersistentChat Default',
      blocks: 1,
      problem: null,
    },
  ],
  summary: { references: 1, servers: 2, certificates: 3, ignoredLines: 1 },
};

describe('what Windows writes reads the same', () => {
  it.each([
    { name: 'UTF-8', input: utf8(output), want: snippetShape },
    { name: 'UTF-8 with a byte order mark', input: utf8(`\uFEFF${output}`), want: snippetShape },
    {
      name: 'UTF-16LE with BOM and CRLF (PowerShell >)',
      input: windowsUtf16(output),
      want: snippetShape,
    },
    { name: 'UTF-16BE with BOM', input: utf16(output, 'be'), want: snippetShape },
    { name: '76-column Base-64', input: windowsUtf16(snippetOutput(pki, 76)), want: snippetShape },
  ])('$name', async ({ input, want }) => {
    const result = readBundle(input);
    expect(shape(result)).toEqual(want);
    // Each labelled input parses into the certificate that was written under its label.
    const texts = result.ok ? result.entries.map((e) => e.text) : [];
    const parsed = await Promise.all(texts.map((text) => parseInput(utf8(text))));
    const hex = (der: Uint8Array): string => Buffer.from(der).toString('hex');
    expect(
      parsed.map((p) => (p.ok ? p.certificates.map((c) => hex(c.der)) : p.error.code)),
    ).toEqual([[hex(frontEnd.der)], [hex(issuingCa1.der)], [hex(frontEnd.der)], [hex(pchat.der)]]);
  });
});

describe('labels, comments and unlabelled certificates', () => {
  it.each([
    {
      name: 'a comment above a label stays a comment, and is counted',
      input: lines(
        '# Certificates of contoso',
        snippetPem('# pchat01.contoso.com PersistentChat Default', pchat),
      ),
      want: {
        entries: [
          {
            kind: 'server',
            fqdn: 'pchat01.contoso.com',
            label: 'PersistentChat Default',
            blocks: 1,
            problem: null,
          },
        ],
        summary: { references: 0, servers: 1, certificates: 1, ignoredLines: 1 },
      },
    },
    {
      name: 'PEM before any label is unlabelled',
      input: lines(pchat.pem.trim(), snippetPem('# reference', issuingCa1)),
      want: {
        entries: [
          { kind: 'unlabelled', blocks: 1, problem: null },
          { kind: 'reference', blocks: 1, problem: null },
        ],
        summary: { references: 1, servers: 0, certificates: 1, ignoredLines: 0 },
      },
    },
    {
      name: 'a label with its FQDN alone has no label words',
      input: lines(snippetPem('# PChat01.Contoso.com.', pchat)),
      want: {
        entries: [
          { kind: 'server', fqdn: 'PChat01.Contoso.com.', label: '', blocks: 1, problem: null },
        ],
        summary: { references: 0, servers: 1, certificates: 1, ignoredLines: 0 },
      },
    },
  ])('$name', ({ input, want }) => {
    expect(shape(readBundle(utf8(input)))).toEqual(want);
  });
});

const pfx = new Uint8Array(readFileSync('tests/fixtures/corpus/p12-cert-only-no-key.pfx'));
const manyLabels = Array.from(
  { length: maxBundleLabels + 1 },
  (_, i) => `# s${i}.contoso.com FrontEnd Default`,
).join('\n');

describe('bad input', () => {
  it.each([
    {
      name: 'a label with no certificate under it',
      input: utf8(
        lines(
          '# fe02.contoso.com FrontEnd Default',
          snippetPem('# pchat01.contoso.com PersistentChat Default', pchat),
        ),
      ),
      want: ['label-without-certificate', null],
    },
    {
      name: 'a reference label with nothing under it, at the end',
      input: utf8(
        lines(snippetPem('# pchat01.contoso.com PersistentChat Default', pchat), '# reference', ''),
      ),
      want: [null, 'label-without-certificate'],
    },
    {
      name: 'a label that is a short name',
      input: utf8(lines(snippetPem('# fe01 FrontEnd Default', frontEnd))),
      want: ['fqdn-syntax'],
    },
    {
      name: 'a label that is an IP address',
      input: utf8(lines(snippetPem('# 10.0.0.5 FrontEnd Default', frontEnd))),
      want: ['fqdn-ip'],
    },
    {
      name: 'a label that is a wildcard',
      input: utf8(lines(snippetPem('# *.contoso.com FrontEnd Default', frontEnd))),
      want: ['fqdn-wildcard'],
    },
    {
      name: 'an underscore, and nothing under it either: the FQDN error comes first',
      input: utf8('# foo_bar.contoso.com FrontEnd Default\n'),
      want: ['fqdn-syntax'],
    },
  ])('$name', ({ input, want }) => {
    const result = readBundle(input);
    expect(
      result.ok ? result.entries.map((e) => e.problem?.code ?? null) : result.error.code,
    ).toEqual(want);
  });

  it.each([
    {
      name: 'a private key inside',
      input: utf8(lines(output, pki.privateKeyPem)),
      want: { error: 'private-key', params: {} },
    },
    { name: 'a PFX file', input: pfx, want: { error: 'pkcs12', params: {} } },
    {
      name: 'a binary certificate',
      input: frontEnd.der,
      want: { error: 'not-a-bundle', params: {} },
    },
    {
      name: 'UTF-16 without a byte order mark',
      input: windowsUtf16(output).subarray(2),
      want: { error: 'bad-encoding', params: {} },
    },
    {
      name: 'nothing but blank lines',
      input: utf8('\r\n  \r\n'),
      want: { error: 'empty', params: {} },
    },
    {
      name: 'thousands of labels',
      input: utf8(manyLabels),
      want: { error: 'too-many-labels', params: { limit: maxBundleLabels } },
    },
    {
      name: 'over the size cap',
      input: new Uint8Array(maxBundleBytes + 1).fill(0x41),
      want: { error: 'too-large', params: { count: maxBundleBytes } },
    },
  ])('$name is refused whole', ({ input, want }) => {
    expect(shape(readBundle(input))).toEqual(want);
  });
});
