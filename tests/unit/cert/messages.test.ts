// Every message the core emits has English text whose placeholders the core fills.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkCertificates, type Message } from '../../../src/lib/cert/index.ts';
import { createTestPki, pemChain, utf8 } from '../../support/pki/index.ts';

const english = JSON.parse(
  await readFile(new URL('../../../locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, string>;

const pki = await createTestPki();
const leaves = Object.values(pki.leaves);
const referenceSets = [[pki.cas.issuingCa1], [pki.leaves.frontEnd], [pki.cas.root]];
const emitted = new Map<string, Message>();
for (const references of referenceSets) {
  const report = await checkCertificates({
    references: references.map((r) => utf8(r.pem)),
    servers: [
      ...leaves.map((leaf) => ({ fqdn: leaf.fqdn, input: utf8(leaf.pem) })),
      { fqdn: 'x.contoso.com', input: utf8(pemChain(pki.leaves.wildcard, pki.leaves.cnOnly)) },
      { fqdn: 'x.contoso.com', input: utf8('') },
      {
        fqdn: 'x.contoso.com',
        input: utf8('-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----'),
      },
    ],
    at: pki.now,
  });
  for (const server of report.servers)
    for (const check of server.checks) emitted.set(check.message.key, check.message);
  for (const failure of report.failures)
    emitted.set(failure.error.message.key, failure.error.message);
}

const rows = [...emitted.values()].map((message) => ({
  name: message.key,
  input: message,
  want: true,
}));

describe('emitted messages have text', () => {
  it.each(rows)('$name', ({ input, want }) => {
    // A counted message is stored in plural forms; `_other` names every placeholder.
    const text = english[input.key] ?? english[`${input.key}_other`];
    expect(text !== undefined).toBe(want);
    const placeholders = [...(text ?? '').matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map(
      (m) => m[1] ?? '',
    );
    for (const name of placeholders)
      expect({ key: input.key, name, has: name in input.params }).toEqual({
        key: input.key,
        name,
        has: true,
      });
  });

  it('covers many distinct keys', () => {
    expect(emitted.size).toBeGreaterThan(25);
  });
});
