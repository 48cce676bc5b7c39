// The checker's memo caches: bounded, keyed by content, and invisible in the results.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/lib/cert/bounded-cache.ts';
import { bytesKey, maxKeyBytes } from '../../../src/lib/cert/bytes-key.ts';
import { checkCertificates, parseInput } from '../../../src/lib/cert/index.ts';
import { createTestPki, pemChain, utf8 } from '../../support/pki/index.ts';

const pki = await createTestPki();
const { leaves, cas } = pki;

describe('BoundedCache', () => {
  it('keeps at most its limit, dropping the least recently used entry', () => {
    const cache = new BoundedCache<number>(2);
    let computed = 0;
    const get = (key: string): number => cache.get(key, () => ++computed);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // evicts b, the least recently used
    expect([get('a'), get('c'), get('b')]).toEqual([1, 3, 4]);
  });

  it('computes null and over-long keys every time', () => {
    const cache = new BoundedCache<number>(4, 3);
    let computed = 0;
    expect([cache.get(null, () => ++computed), cache.get(null, () => ++computed)]).toEqual([1, 2]);
    expect([cache.get('long', () => ++computed), cache.get('long', () => ++computed)]).toEqual([
      3, 4,
    ]);
  });
});

describe('bytesKey', () => {
  it('is equal exactly for equal bytes', () => {
    const a = new Uint8Array([0, 1, 255, 128]);
    expect(bytesKey(a)).toBe(bytesKey(a.slice()));
    expect(bytesKey(a)).not.toBe(bytesKey(new Uint8Array([0, 1, 255, 129])));
    expect(bytesKey(a)).not.toBe(bytesKey(a.subarray(0, 3)));
    expect(bytesKey(new Uint8Array(0))).toBe('');
  });

  it('gives no key for content above the limit', () => {
    expect(bytesKey(new Uint8Array(maxKeyBytes))).not.toBeNull();
    expect(bytesKey(new Uint8Array(maxKeyBytes + 1))).toBeNull();
  });
});

describe('cached results', () => {
  it('do not change when the caller reuses its input buffer', async () => {
    const buffer = leaves.pchat.der.slice();
    const first = await parseInput(buffer);
    buffer.set(leaves.frontEnd.der.subarray(0, buffer.length));
    const second = await parseInput(leaves.pchat.der);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.certificates[0]?.der).toEqual(leaves.pchat.der);
    expect(second.certificates).toEqual(first.certificates);
  });

  it('give the same report on every run', async () => {
    const request = {
      references: [utf8(pemChain(leaves.frontEnd, cas.issuingCa1, cas.root))],
      servers: [leaves.pchat, leaves.ca2, leaves.pchat2].map((leaf) => ({
        fqdn: leaf.fqdn,
        input: utf8(pemChain(leaf, cas.issuingCa1, cas.issuingCa2, cas.root)),
      })),
      at: pki.now,
    };
    const first = await checkCertificates(request);
    expect(await checkCertificates(request)).toEqual(first);
  });
});
