// One test per fixed defect, named for its cause, so that a defect that comes back says which one
// it is (the model: PeculiarVentures/x509 test/issues.ts). Add a row or a test per fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCertificates } from '../../src/lib/cert/index.ts';
import { countingCrypto } from '../support/counting-crypto.ts';
import { sameNameCas } from '../support/hostile/crafted-pkis.ts';
import { createTestPki, pemChain, utf8 } from '../support/pki/index.ts';

const root = new URL('../../', import.meta.url).pathname;

const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : filesUnder(path);
    return /\.(ts|mjs|js|astro|json)$/.test(entry.name) ? [path] : [];
  });

describe('regressions', () => {
  it('issue 9: every reference leaf was tried against every CA of its name (N² signature checks)', async () => {
    const crafted = await sameNameCas(30, 'own-key-ids');
    const crypto = countingCrypto();
    const at = new Date('2026-06-01T00:00:00Z');
    await checkCertificates({ references: [crafted.bundle], servers: [], at }, crypto);
    expect(crypto.verifications()).toBe(30);
  }, 120_000);

  it('issue 9: an impostor CA in the server chain, copying name and key id, was left unused', async () => {
    const { leaves, cas, now } = await createTestPki();
    const report = await checkCertificates({
      references: [utf8(leaves.frontEnd.pem)],
      servers: [
        {
          fqdn: leaves.impostorSameKeyId.fqdn,
          input: utf8(pemChain(leaves.impostorSameKeyId, cas.impostorCa1SameKeyId)),
        },
      ],
      at: now,
    });
    expect([report.verdict, report.servers[0]?.sameCa]).toEqual(['fail', 'different']);
  }, 120_000);

  it('issue 8: tests read certificate files from ../shared/corpus, which a clone does not have', () => {
    const outside = ['src', 'tests', '.ci']
      .flatMap(filesUnder)
      .filter((path) => /\.\.\/shared\//.test(readFileSync(join(root, path), 'utf8')))
      .map((path) => relative(root, join(root, path)));
    // This file names the pattern it looks for, so it is the one expected hit.
    expect(outside).toEqual(['tests/unit/regressions.test.ts']);
  });
});
