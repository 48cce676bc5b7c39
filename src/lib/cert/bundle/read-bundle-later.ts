// The bundle reader, imported only when an input may be a bundle: the page's worker never loads
// it for certificates alone, so the checker's first load does not grow (design.md, "Budgets").
import type { BundleResult } from './read-bundle.ts';

/** `readBundle`, loaded with the first bundle. */
export async function readBundleLater(bytes: Uint8Array): Promise<BundleResult> {
  const { readBundle } = await import('./read-bundle.ts');
  return readBundle(bytes);
}
